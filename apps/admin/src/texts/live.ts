import type { ProtocolStep } from '@jamsessie/domain';

export const liveTexts = {
  pageTitle: 'Live begeleiden',
  fullscreen: 'Volledig scherm',
  position: (n: number, of: number) => `Vraag ${n} van ${of}`,
  stepsLabel: 'Stappen van deze vraag',
  stepDone: 'klaar',
  stepCurrent: 'nu',
  cueLabel: 'Lees voor',
  cameraLabel: 'In beeld',
  ownerAway: (name: string) => `${name}: camera uit, luistert mee`,
  ownerBack: (name: string) => `${name}: camera aan`,
  nextLabel: 'Hierna',
  timeLeft: 'Tijd over',
  overrun: 'Over de tijd',
  paused: 'Gepauzeerd',
  box: (minutes: number, extended: number) =>
    extended > 0
      ? `Tijdvak ${minutes} minuten + ${extended} verlengd`
      : `Tijdvak ${minutes} minuten`,
  actions: {
    next: 'Volgende',
    extend: 'Minuut erbij',
    pause: 'Pauzeren',
    resume: 'Verder',
    skip: 'Vraag overslaan',
    finish: 'Sessie afronden',
    start: 'Sessie starten',
  },
  elastic: {
    title: 'Rest van het uur',
    behind: (n: number) => `${n} min achter`,
    ahead: (n: number) => `${n} min voor`,
    onTime: 'Op schema',
    nextBox: (minutes: number, planned: number) =>
      minutes === planned
        ? `Volgende stap: ${minutes} min`
        : `Volgende stap: ${minutes} min (gepland ${planned})`,
    doesNotFit: 'Zelfs de kortste stappen passen niet meer in het uur. Kies:',
    dropLast: 'Laatste vraag overslaan',
    dropLastStillOver: 'Laatste vraag overslaan (dan nog steeds te krap)',
    runOver: (n: number) => `${n} min uitlopen`,
  },
  ownerCue: {
    title: 'Persoonlijke link voor de inbrenger',
    hint: 'Alleen voor de inbrenger van deze vraag: op de telefoon zien ze wanneer ze aan de beurt zijn, de camera uit en weer aan moeten, en kunnen ze aantekeningen maken. Een nieuwe link vervangt de oude.',
    make: 'Maak persoonlijke link',
    remake: 'Nieuwe link maken',
    qr: (name: string) => `QR-code met de persoonlijke link voor ${name}`,
    linkLabel: 'Link om in de chat te plakken',
    ready: (name: string) => `${name} is klaar`,
    notesTitle: (name: string) => `Wat ${name} opschreef`,
    quotable: 'mag in het verslag',
    private: 'alleen voor de begeleider',
  },
  legendTitle: 'Sneltoetsen',
  sideLabel: 'Notities en sneltoetsen',
  legendNote:
    'Sneltoetsen werken niet terwijl je in een notitieveld typt; druk op Esc om het veld te verlaten.',
  shortcutNames: {
    next: 'volgende stap',
    extend: 'minuut erbij',
    pause: 'pauzeren of verder',
    skip: 'vraag overslaan',
  },
  notesTitle: 'Notities voor het verslag',
  notePrompt: {
    1: 'Vervolgvragen van de inbrenger',
    2: 'Tips, ideeën en associaties van de anderen',
    3: 'Wat de inbrenger meeneemt',
  } satisfies Record<ProtocolStep, string>,
  noteKind: 'Soort',
  noteText: 'Notitie',
  addNote: 'Notitie toevoegen',
  noNotes: 'Nog geen notities bij deze stap.',
  noteRequired: 'Schrijf eerst een notitie.',
  noteKeysHint:
    'Enter of Ctrl+Enter voegt de notitie toe; Shift+Enter begint een nieuwe regel. Wat je typt, wordt bewaard: tekst die je niet toevoegt, komt bij "Volgende" als notitie in het verslag.',
  noteAdded: 'Notitie opgeslagen.',
  followUpTitle: 'Vervolgvragen',
  unfoldQuestion: 'Hele vraag tonen',
  foldQuestion: 'Vraag inklappen',
  reactionsTitle: 'Reacties uit de afsluitende ronde',
  noReactions: 'Nog geen reacties.',
  reactionText: 'Reactie',
  reactionConsent: 'Toestemming van wie het zei',
  reactionKeysHint:
    'Enter of Ctrl+Enter voegt de reactie toe. Alleen reacties die "te citeren" zijn, komen in het concept-verslag.',
  reactionRequired: 'Schrijf eerst de reactie.',
  addReaction: 'Reactie toevoegen',
  inventoryTitle: 'Nog niet gestart',
  chosenTitle: 'Gekozen vragen, in deze volgorde',
  chosenNone: 'Er zijn nog geen vragen gekozen.',
  planLine: (f: number, d: number, r: number) =>
    `Per vraag: ${f} min formuleren · ${d} min bespreken zonder inbrenger · ${r} min reflecteren`,
  open: 'Begeleiding openen',
  opening: 'Bezig met openen…',
  notOpenedIntro:
    'De begeleiding van deze sessie is nog niet geopend. Open hem om de gekozen vragen te laden en de sessie te starten.',
  staleRun:
    'Iemand anders heeft de sessie intussen verder gezet. Het scherm toont nu de nieuwste stand; probeer het opnieuw.',
  openShare: 'Meekijkscherm openen',
  sessionEyebrow: (title: string) => `Live · ${title}`,
  inventoryIntro:
    'Inventariseer eerst de vragen en kies welke jullie bespreken. Start daarna de sessie.',
  toInventory: 'Naar de inventarisatie',
  closingTitle: 'Afsluitende ronde',
  finishedTitle: 'De Jamsessie is afgerond',
  finishedIntro: 'Maak nu een concept-verslag van de notities.',
  toReport: 'Naar het verslag',
  finishedContacts:
    'Leg ook vast wie er meededen en wie het e-mailadres met de anderen wil delen; daarna stuur je de contactlijst.',
  toContacts: 'Deelnemers vastleggen',
  share: 'Meekijkscherm voor deelnemers',
  shareHint:
    'Een alleen-lezen scherm “waar zijn we” om te delen in de online bijeenkomst. Iedereen met de link kan het zien; het toont geen namen of teksten van vragen.',
  copyLink: 'Link kopiëren',
  copied: 'Link gekopieerd.',
  announced: (what: string) => `Nu: ${what}`,
  progress: (done: number, total: number) => `${done} van ${total} stappen gedaan`,
} as const;

// The participants' share screen mirrors the live board, so its texts stay next to it.
export const shareTexts = {
  title: 'Waar zijn we?',
  eyebrow: 'Jamsessie',
  notAvailable:
    'Dit meekijkscherm is niet (meer) beschikbaar. Vraag de begeleider om een nieuwe link.',
  question: (n: number, of: number) => `Vraag ${n} van ${of}`,
  timeLeft: 'Tijd over in deze stap',
  overrun: 'Over de tijd',
  paused: 'Gepauzeerd',
  next: 'Hierna',
  camera: 'In beeld',
  updating: 'Dit scherm volgt de sessie vanzelf.',
} as const;

// Person A's private phone screen; its status sentences come from the domain (ownerCueTexts).
export const cueTexts = {
  title: 'Jouw beurt',
  eyebrow: 'Jamsessie · alleen voor jou',
  notAvailable:
    'Deze link is niet (meer) geldig. De sessie is afgelopen of je kreeg een nieuwe link.',
  notesLabel: 'Wat valt je op? Wat neem je mee?',
  notesHint: 'Alleen de begeleider ziet dit, als jouw punten voor stap 3.',
  consent: 'Mag dit (zonder je naam) in het verslag?',
  save: 'Bewaren',
  saved: 'Bewaard.',
  back: 'Ik ben terug',
  backDone: 'De begeleider weet dat je terug bent.',
  timeLeft: 'Tijd over in deze stap',
} as const;
