import { sessionStatusLabels } from '@jamsessie/domain';
import { myDataTexts } from './my-data/my-data.texts';

/**
 * Every Dutch text of the public agenda in one place, so tone and wording stay consistent and
 * a copy editor has one file to read. Texts with values are small functions.
 */
export const texts = {
  site: {
    name: 'Radicale vernieuwing',
    tagline: 'Jamsessies en inspiratie',
    skipLink: 'Naar de inhoud',
    navLabel: 'Hoofdmenu',
    nav: {
      agenda: 'Agenda',
      week: 'Week van de Radicale vernieuwing',
      weekShort: 'De Week',
      reports: 'Verslagen',
      participants: 'De deelnemers',
      myData: 'Mijn gegevens',
    },
    footerAbout:
      'De Jamsessies en de Week van de Radicale vernieuwing zijn er voor iedereen die werkt bij een zorgorganisatie die deelneemt aan Radicale vernieuwing, en voor leden van LOC Waardevolle zorg. Op initiatief van LOC Waardevolle zorg.',
    footerContact: 'Vragen? Mail naar',
    contactEmail: 'radicalevernieuwing@loc.nl',
    footerFeeds: 'Volg mee',
    footerAgendaFeed: 'Agenda in je eigen agenda (iCal)',
    footerReportsFeed: 'Nieuwe verslagen (RSS)',
    titleSuffix: 'Radicale vernieuwing',
  },
  common: {
    loading: 'Bezig met laden…',
    retry: 'Probeer opnieuw',
    online: 'Online',
    cancelled: sessionStatusLabels.cancelled,
    cancelledReason: (reason: string) => `Reden: ${reason}`,
    held: 'Geweest',
    backToAgenda: 'Terug naar de agenda',
    opensInNewTab: '(opent in een nieuw tabblad)',
    required: 'verplicht',
    optional: 'optioneel',
    errorTitle: 'Dit lukte niet',
    networkError:
      'Er is geen verbinding met de website. Controleer je internetverbinding en probeer het opnieuw.',
    unknownError: 'Er ging iets mis. Probeer het later opnieuw.',
    formSummary: 'Niet alles is goed ingevuld:',
    breadcrumbLabel: 'Kruimelpad',
    theme: 'Thema',
    themes: 'Thema’s',
    time: 'Wanneer',
    location: 'Waar',
  },
  agenda: {
    title: 'Agenda',
    intro:
      'Korte online Jamsessies van een uur om met elkaar te sparren, te improviseren en samen te zoeken, en de Week van de Radicale vernieuwing. Alle tijden zijn Nederlandse tijd.',
    titleUpcoming: 'Binnenkort',
    titlePast: 'Eerdere activiteiten',
    titleYear: (year: number) => `Agenda ${year}`,
    filtersTitle: 'Filter de agenda',
    period: 'Periode',
    periodUpcoming: 'Binnenkort',
    periodPast: 'Eerder',
    periodYear: (year: number) => `Heel ${year}`,
    theme: 'Thema',
    movement: 'Beweging',
    kind: 'Soort',
    series: 'Reeks',
    all: 'Alle',
    kinds: {
      jamsessie: 'Jamsessies',
      inspiratieweek: 'Inspiratieweek',
      lokaal: 'Op eigen locatie',
    },
    weekKicker: 'Week van de Radicale vernieuwing',
    clearFilters: 'Wis filters',
    count: (n: number) =>
      n === 0 ? 'Geen activiteiten gevonden' : n === 1 ? '1 activiteit' : `${n} activiteiten`,
    emptyTitle: 'Geen activiteiten gevonden',
    emptyFiltered:
      'Er is niets dat bij deze filters past. Wis een filter of kies een andere periode.',
    emptyUpcoming:
      'Er staat op dit moment niets gepland. Bekijk eerdere activiteiten of een heel jaar.',
    showPast: 'Bekijk eerdere activiteiten',
    showUpcoming: 'Bekijk wat er binnenkort is',
    subscribeTitle: 'Altijd de actuele data in je eigen agenda',
    subscribeText:
      'Abonneer je op de agenda: nieuwe en gewijzigde Jamsessies verschijnen vanzelf in je agenda-app.',
    subscribeAll: 'Abonneer op de hele agenda',
    subscribeTheme: (label: string) => `Abonneer op het thema ‘${label}’`,
    subscribeSeries: (label: string) => `Abonneer op de reeks ‘${label}’`,
    subscribeHttps: 'of kopieer het adres',
    readMore: (title: string) => `Meer over ${title}`,
    loadMore: 'Meer laden',
  },
  session: {
    notFoundTitle: 'Deze activiteit bestaat niet (meer)',
    notFoundText:
      'Misschien is het adres veranderd of is de activiteit verwijderd. In de agenda vind je alles wat gepland is.',
    partOfSeries: 'Onderdeel van de reeks',
    expectTitle: 'Wat kun je verwachten?',
    expectIntro:
      'Een Jamsessie duurt een uur en is online. We beginnen met een rondje: welke vragen en dilemma’s uit je eigen praktijk houden je bezig? Daarna bespreken we per vraag in drie stappen:',
    steps: [
      {
        title: 'Stap 1: de vraag',
        text: 'Persoon A vertelt kort welke vraag of welk dilemma uit de eigen praktijk hem of haar bezighoudt, en welke vervolgvragen er zijn. De anderen luisteren.',
      },
      {
        title: 'Stap 2: in gesprek, zonder persoon A',
        text: 'Persoon A zet de camera uit en is even ‘weg’, maar luistert wel mee. De anderen gaan met elkaar in gesprek over de vraag: welke associaties, tips en ideeën heb je, wat vraag je je af naar aanleiding van het verhaal?',
      },
      {
        title: 'Stap 3: terugblik',
        text: 'Persoon A zet de camera weer aan en vertelt kort wat hij of zij gehoord heeft en wat hij of zij meeneemt uit de reacties.',
      },
    ],
    expectOutro:
      'Zo is er ruimte voor ieders vraag. Aan het eind delen we reacties, en wie wil krijgt elkaars e-mailadres om contact te houden.',
    forWhomTitle: 'Voor wie?',
    forWhomText:
      'Voor iedereen die betrokken is bij een zorgorganisatie die deelneemt aan Radicale vernieuwing (zorgmedewerkers, behandelaars, leidinggevenden, coördinatoren) en voor leden van LOC Waardevolle zorg. Aanmelden is niet nodig.',
    forWhomLink: 'Bekijk welke organisaties deelnemen',
    joinTitle: 'Meedoen',
    joinJump: 'Meedoen? Vraag de link aan',
    joinText:
      'Alle Jamsessies van de reeks hebben één vaste link. Die staat niet op deze website: vraag hem aan, dan sturen we hem per e-mail. Je mag de link doorsturen aan collega’s.',
    joinNoLink: 'Voor deze activiteit is geen link nodig of aan te vragen.',
    dilemmaTitle: 'Breng een vraag of dilemma in',
    dilemmaText:
      'Heb je al een vraag uit je eigen praktijk? Je kunt hem van tevoren insturen. Je vraag blijft privé, tenzij je zelf iets anders kiest.',
    dilemmaLink: 'Vraag of dilemma insturen',
    calendarTitle: 'Zet in je agenda',
    calendarOne: 'Zet deze Jamsessie in je agenda (.ics)',
    calendarSeries: (title: string) => `Abonneer op de reeks ‘${title}’`,
    calendarTheme: (label: string) => `Abonneer op het thema ‘${label}’`,
    calendarHint:
      'Een abonnement houdt je agenda bij: verschuift of vervalt een Jamsessie, dan zie je dat vanzelf.',
    webcal: 'in je agenda-app',
    httpsCopy: 'adres om te kopiëren',
    downloadsTitle: 'Documenten van de reeks',
    downloadsText: 'Deel ze op intranet of stuur ze naar collega’s die ook willen meedoen.',
    downloads: {
      schedule: 'Schema van de Jamsessies (pdf)',
      description: 'Beschrijving van de online Jamsessies (pdf)',
      invitation: 'Uitnodiging om te delen (pdf)',
    },
    invitationImage: 'Uitnodiging als afbeelding voor intranet en e-mail (png)',
    cancelledTitle: 'Deze Jamsessie gaat niet door',
    pastNotice: 'Deze activiteit is al geweest.',
    pastReportJump: 'Lees het verslag.',
    reportTitle: 'Verslag',
    reportText: 'Lees wat er in deze Jamsessie besproken is en welke tips deelnemers elkaar gaven.',
    reportLink: (title: string) => `Lees het verslag: ${title}`,
  },
  mailSubscribe: {
    title: 'Abonneren per e-mail',
    text: 'Ontvang een bericht bij nieuwe data en een herinnering een paar dagen voor elke sessie. Afmelden kan met één klik onder elk bericht.',
    weekText:
      'Ontvang een bericht zodra de volgende Week van de Radicale vernieuwing bekend is. Afmelden kan met één klik onder elk bericht.',
    what: 'Waarover wil je berichten?',
    series: (title: string) => `De reeks ‘${title}’`,
    theme: (label: string) => `Het thema ‘${label}’`,
    email: 'Je e-mailadres',
    emailHint: 'Je ontvangt eerst een e-mail om je aanmelding te bevestigen.',
    submit: 'Abonneren',
  },
  linkForm: {
    title: 'Vraag de link aan',
    email: 'Je e-mailadres',
    emailHint:
      'Gebruik het e-mailadres van je werk (je zorgorganisatie) of waarmee je lid bent van LOC.',
    submit: 'Stuur mij de link',
    submitting: 'Bezig met versturen…',
    confirmation:
      'Dank je wel. Als je e-mailadres hoort bij een deelnemende organisatie of bij een lid van LOC Waardevolle zorg, hebben we de link zojuist naar je gestuurd. Kijk ook in je map met ongewenste e-mail.',
    again: 'Nog een adres invullen',
  },
  dilemma: {
    title: 'Breng een vraag of dilemma in',
    pageTitle: (title: string) => `Vraag insturen voor ${title}`,
    intro:
      'Stuur van tevoren een vraag of dilemma uit je eigen praktijk in. Tijdens de Jamsessie kiezen we samen welke vragen we bespreken. Insturen is niet verplicht: je kunt je vraag ook tijdens de sessie inbrengen.',
    forSession: 'Voor de Jamsessie van',
    text: 'Je vraag of dilemma',
    textHint:
      'Wat houdt je bezig? Beschrijf de situatie zonder namen van cliënten, initialen of kamernummers.',
    followUp: 'Vervolgvragen',
    followUpHint: 'Eén vraag per regel, hoogstens vijf.',
    name: 'Je voornaam',
    nameHint: 'Zodat de begeleider je vraag aan jou kan koppelen.',
    email: 'Je e-mailadres',
    emailHint:
      'Alleen nodig als je later je keuze over delen wilt kunnen wijzigen. Je krijgt een e-mail om je vraag te bevestigen.',
    consentLegend: 'Wat mag er met je vraag gebeuren?',
    consentHelp: 'Je kiest zelf. Zonder keuze blijft je vraag privé.',
    consent: {
      private: 'Alleen voor de deelnemers van deze Jamsessie. Je vraag komt niet in het verslag.',
      shareable_anonymised: 'Je vraag mag in het verslag staan, zonder je naam.',
      quotable: 'Je vraag mag letterlijk geciteerd worden in het verslag, zonder je naam.',
    },
    clientWarningTitle: 'Let op: noem geen cliënten',
    clientWarning:
      'Schrijf niets op waardoor een cliënt herkenbaar is: geen namen, initialen, kamernummers of andere details die naar één persoon wijzen.',
    submit: 'Vraag insturen',
    checkTitle: 'Controleer je tekst voor je hem instuurt',
    checkHelp:
      'Pas je tekst hierboven aan en kies opnieuw „Vraag insturen”. Weet je zeker dat niemand herkenbaar is? Kies dan „Toch insturen zoals het er staat”.',
    sendAnyway: 'Toch insturen zoals het er staat',
    submitting: 'Bezig met insturen…',
    thanksTitle: 'Dank je wel, je vraag is ontvangen',
    thanks: (consent: string) =>
      `De begeleider neemt je vraag mee naar de Jamsessie. Je keuze over delen: ${consent}.`,
    confirmByMail:
      'We hebben je een e-mail gestuurd. Bevestig daarin dat de vraag van jou is: pas dan hoort hij bij jou en geldt je keuze over delen. Zonder bevestiging blijft je vraag privé.',
    backToSession: 'Terug naar de Jamsessie',
    another: 'Nog een vraag insturen',
    notOpen: 'Voor deze activiteit kun je geen vraag meer insturen.',
  },
  week: {
    listTitle: 'Week van de Radicale vernieuwing',
    listIntro:
      'Een week vol inspiratie, in Utrecht, online en op locaties van deelnemende organisaties. Elke dag staat een sector centraal; elke dag sluit af met de RV Late Nightshow.',
    edition: 'Editie',
    motto: 'Thema van de week',
    days: 'Het programma per dag',
    dayNav: 'Naar een dag',
    noItems: 'Het programma van deze dag volgt nog.',
    recording: 'Opnames van deze dag',
    report: 'Uitgebreid verslag van deze dag',
    hosts: 'Presentatie',
    guests: 'Gasten',
    speakers: 'Met',
    localTitle: 'Programma’s op eigen locaties',
    localIntro: 'Deelnemende organisaties en partners openen hun deuren met een eigen programma.',
    hostedBy: (name: string) => `Door ${name}`,
    emptyList: 'Er zijn nog geen edities.',
    notFoundTitle: 'Deze editie bestaat niet',
  },
  reports: {
    title: 'Verslagen',
    intro:
      'Wat kwam er ter sprake, welke tips gaven deelnemers elkaar? Lees de verslagen van de Jamsessies terug.',
    search: 'Zoek in de verslagen',
    searchButton: 'Zoeken',
    theme: 'Thema',
    keyword: 'Trefwoord',
    all: 'Alle',
    clear: 'Wis zoekopdracht en filters',
    count: (n: number) =>
      n === 0 ? 'Geen verslagen gevonden' : n === 1 ? '1 verslag' : `${n} verslagen`,
    empty: 'Geen verslagen gevonden. Probeer een ander woord of wis de filters.',
    published: (date: string) => `Geplaatst op ${date}`,
    readReport: 'Lees verslag',
    tips: 'Tips uit de Jamsessie',
    generalTips: 'Tips voor volgende Jamsessies',
    reactions: 'Reacties van deelnemers',
    takeAways: 'Wat de inbrenger meenam',
    question: 'De vraag',
    attachments: 'Documenten',
    tags: 'Meer over',
    themes: 'Thema’s',
    keywords: 'Trefwoorden',
    session: 'Over de Jamsessie van',
    notFoundTitle: 'Dit verslag bestaat niet',
    pagerLabel: 'Pagina’s',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pageOf: (page: number, count: number) => `Pagina ${page} van ${count}`,
  },
  participants: {
    title: 'De deelnemers',
    intro:
      'Deze organisaties doen mee aan een van de bewegingen van Radicale vernieuwing. Wie bij een van hen werkt, is welkom bij de Jamsessies.',
    since: (year: number) => `Sinds ${year}`,
    count: (n: number) => (n === 1 ? '1 organisatie' : `${n} organisaties`),
    none: 'Nog geen deelnemende organisaties bekend.',
    locTitle: 'Leden van LOC Waardevolle zorg',
    locText: 'Ook leden van LOC Waardevolle zorg zijn van harte welkom bij de Jamsessies.',
  },
  embed: {
    title: 'Agenda Radicale vernieuwing',
    more: 'Bekijk de hele agenda',
  },
  /** The participant's own page (`/mijn-gegevens`). */
  myData: myDataTexts,
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Het adres klopt niet, of de pagina is verplaatst. Misschien vind je wat je zoekt via de agenda of de verslagen.',
    toAgenda: 'Naar de agenda',
    toReports: 'Naar de verslagen',
  },
};
