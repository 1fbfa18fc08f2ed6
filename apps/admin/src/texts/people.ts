import { dutchCount, dutchForm } from '@jamsessie/domain';

export const peopleTexts = {
  title: 'Personen',
  lead: 'Deelnemers die een vraag inbrachten, reageerden of meededen: met hun toestemmingen. Op verzoek exporteer je iemands gegevens of wis je ze.',
  search: 'Zoek op naam of e-mailadres',
  searchButton: 'Zoek',
  count: (n: number) => dutchCount(n, { one: 'persoon', other: 'personen' }),
  none: 'Geen personen gevonden.',
  colName: 'Naam',
  colEmail: 'E-mailadres',
  colOrganisation: 'Organisatie',
  colAttended: 'Sessies',
  open: (name: string) => `Gegevens van ${name}`,
  loc: 'LOC-lid',
  choose:
    'Kies een persoon om de toestemmingen te zien, de gegevens te exporteren of de persoon te wissen.',
  detailTitle: (name: string) => name,
  consentsTitle: 'Toestemmingen',
  consentsNone: 'Geen toestemmingen vastgelegd.',
  consentLine: (subject: string, value: string, when: string) => `${subject}: ${value} (${when})`,
  granted: 'ja',
  notGranted: 'nee',
  dilemmas: (n: number) => dutchCount(n, { one: 'ingebrachte vraag', other: 'ingebrachte vragen' }),
  attended: (n: number) => `bij ${dutchCount(n, { one: 'sessie', other: 'sessies' })}`,
  export: 'Gegevens exporteren (JSON)',
  exported: 'Het bestand met de gegevens is gedownload.',
  erase: 'Persoon wissen',
  eraseTitle: 'Persoon definitief wissen?',
  eraseText: (name: string) =>
    `Alle gegevens van ${name} worden gewist: toestemmingen, inschrijvingen en aanwezigheid verdwijnen; wat ${name} schreef blijft in verslagen staan, zonder naam. Dit kan niet ongedaan worden gemaakt.`,
  eraseConfirm: 'Definitief wissen',
  erased: (dilemmas: number, reports: number) => {
    const parts = [
      dilemmas > 0 ? dutchCount(dilemmas, { one: 'vraag', other: 'vragen' }) : '',
      reports > 0 ? dutchCount(reports, { one: 'verslag', other: 'verslagen' }) : '',
    ].filter(Boolean);
    const verb = dutchForm(dilemmas + reports, { one: 'is', other: 'zijn' });
    return parts.length === 0
      ? 'De persoon is gewist.'
      : `De persoon is gewist. ${parts.join(' en ')} ${verb} geanonimiseerd.`;
  },
  textsToCheck: 'Controleer deze teksten met de hand: de naam komt er misschien nog in voor.',
  prev: 'Vorige',
  next: 'Volgende',
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
} as const;

export const contactsTexts = {
  title: 'Deelnemers en contactlijst',
  lead: 'Leg na de sessie vast wie er meededen. Vraag ieder zelf of het e-mailadres gedeeld mag worden met de andere deelnemers: alleen wie dat wil krijgt de lijst, en staat erop.',
  notYet:
    'Zodra de begeleiding is gestart, of anders vanaf het begin van de sessie, leg je hier de deelnemers vast en stuur je de contactlijst.',
  cancelled: 'Deze sessie ging niet door: er zijn geen deelnemers.',
  recordedTitle: 'Vastgelegde deelnemers',
  recordedNone: 'Er zijn nog geen deelnemers vastgelegd.',
  recordedCaption: 'Vastgelegde deelnemers van deze sessie',
  name: 'Naam',
  email: 'E-mailadres',
  organisation: 'Organisatie',
  organisationNone: 'Geen of onbekend',
  shares: 'Deelt e-mailadres',
  formTitle: 'Deelnemers vastleggen',
  nameHint:
    'Typ een naam of e-mailadres: wie een vraag inbracht of eerder meedeed, verschijnt in de lijst. Staat iemand er niet in, vul dan zelf de gegevens in.',
  matches: (n: number) =>
    n === 0
      ? 'Niemand gevonden: vul de gegevens zelf in.'
      : `${dutchCount(n, { one: 'persoon', other: 'personen' })} gevonden: kies met de pijltjestoetsen en Enter.`,
  listLabel: 'Gevonden personen',
  broughtDilemma: 'bracht een vraag in voor deze sessie',
  attendedBefore: (n: number) =>
    n === 0 ? 'bracht eerder een vraag in' : `deed ${n} keer eerder mee`,
  known: 'Gekozen uit het personenbestand: adres en organisatie blijven zoals ze daar staan.',
  organisationGuessed: 'Gekozen op grond van het e-mailadres; pas aan als het niet klopt.',
  participatingGroup: 'Deelnemende organisaties',
  otherGroup: 'Andere organisaties',
  rowLegend: (n: number) => `Deelnemer ${n}`,
  sharesLabel: 'deelt e-mailadres met de andere deelnemers',
  sharesHint:
    'Alleen aanvinken als deze persoon dat zelf heeft gezegd. De persoon bevestigt het daarna zelf op Mijn gegevens; pas dan staat die in de contactlijst.',
  addRow: 'Nog een deelnemer',
  removeRow: (n: number) => `Deelnemer ${n} weghalen`,
  save: 'Deelnemers opslaan',
  saved: (attendees: number, sharing: number) =>
    `Opgeslagen. ${dutchCount(attendees, { one: 'deelnemer', other: 'deelnemers' })} vastgelegd, van wie ${sharing} het e-mailadres ${dutchForm(sharing, { one: 'deelt', other: 'delen' })}.`,
  sendTitle: 'Contactlijst sturen',
  overview: (attendees: number, sharing: number) =>
    `${dutchCount(attendees, { one: 'deelnemer', other: 'deelnemers' })}, van wie ${sharing} het e-mailadres ${dutchForm(sharing, { one: 'deelt', other: 'delen' })}.`,
  privacy:
    'Alleen wie het delen zelf heeft bevestigd op Mijn gegevens, krijgt een lijst en staat in de lijsten. Wie niet wil delen, krijgt geen lijst en staat in niemands lijst. De berichten gaan via de uitgaande e-mail.',
  /** The attendees whose yes (noted here) they have not confirmed themselves yet. */
  awaiting: (names: readonly string[]) =>
    `Nog niet zelf bevestigd: ${names.join(', ')}. Zij staan pas in de lijst als ze het delen bevestigen op Mijn gegevens.`,
  /** One line per attendee who shares: what they get, or why they get nothing. */
  recipient: (name: string, contacts: number, hasEmail: boolean) =>
    hasEmail
      ? `${name} krijgt ${dutchCount(contacts, { one: 'adres', other: 'adressen' })}`
      : `${name} krijgt geen lijst: geen e-mailadres bekend`,
  send: 'Stuur de contactlijst',
  sending: 'Bezig met versturen…',
  nothingToSend: 'Er zijn minstens twee deelnemers nodig die hun e-mailadres delen.',
  sent: (queued: number, unchanged: number, withoutEmail: number) =>
    [
      queued === 0
        ? 'Er zijn geen nieuwe berichten in de wachtrij gezet.'
        : `${dutchCount(queued, { one: 'bericht', other: 'berichten' })} in de wachtrij gezet.`,
      unchanged > 0
        ? `${dutchCount(unchanged, { one: 'lijst was al verstuurd en is', other: 'lijsten waren al verstuurd en zijn' })} niet veranderd.`
        : '',
      withoutEmail > 0
        ? `${dutchCount(withoutEmail, { one: 'deelnemer heeft', other: 'deelnemers hebben' })} geen e-mailadres.`
        : '',
      'Niemand die niet wilde delen staat in een lijst.',
    ]
      .filter(Boolean)
      .join(' '),
  toOutbox: 'Bekijk de uitgaande e-mail',
} as const;
