import { dutchCount } from '@jamsessie/domain';

export const inventoryTexts = {
  title: 'Inventarisatie van vragen',
  lead: 'Verzamel voor en aan het begin van de sessie de vragen en dilemma’s van de deelnemers. Kies daarna welke jullie bespreken en in welke volgorde.',
  eyebrow: (title: string) => `Sessie: ${title}`,
  listTitle: 'Ingebrachte vragen',
  none: 'Er zijn nog geen vragen. Deelnemers kunnen vooraf een vraag inbrengen via het formulier in de agenda, of je typt ze hier in.',
  from: (name: string | null) => (name ? `van ${name}` : 'zonder naam'),
  submittedAt: (when: string) => `ingebracht ${when}`,
  consent: (label: string) => `toestemming: ${label}`,
  followUp: 'Vervolgvragen',
  clientHint: 'Let op',
  edit: {
    open: 'Tekst en kop bewerken',
    kop: 'Kop',
    kopHint:
      'Een korte titel van hoogstens 80 tekens, zonder namen. Het gedeelde scherm en het verslag tonen alleen de kop, nooit de tekst zelf.',
    save: 'Tekst en kop opslaan',
    cancel: 'Annuleren',
    saved: 'De vraag is aangepast; de vorige formulering is bewaard.',
    noKop: 'Nog geen kop: het gedeelde scherm toont „Vraag n”.',
    earlier: (count: number) =>
      dutchCount(count, { one: 'eerdere formulering', other: 'eerdere formuleringen' }),
    earlierNote: 'Alleen zichtbaar voor coördinatoren.',
    replacedAt: (when: string) => `vervangen ${when}`,
  },
  /** "Herkenbaar": how many participants recognised a question before the session (never who). */
  herkenbaar: (count: number) =>
    `${dutchCount(count, { one: 'deelnemer herkent', other: 'deelnemers herkennen' })} dit`,
  herkenbaarNote:
    'Deelnemers kunnen in de twee weken voor de sessie aangeven welke vragen ze herkennen (alleen vragen met een kop en toestemming om te delen). Je ziet alleen aantallen, nooit wie.',
  choose: (title: string) => `Bespreken: ${title}`,
  moveUp: (title: string) => `${title} eerder bespreken`,
  moveDown: (title: string) => `${title} later bespreken`,
  park: 'Parkeren',
  unpark: 'Terug naar de inventarisatie',
  chosenTitle: 'Gekozen, in deze volgorde',
  chosenNone: 'Nog niets gekozen. Vink hierboven de vragen aan die jullie bespreken.',
  plan: (count: number, f: number, d: number, r: number) =>
    `${dutchCount(count, { one: 'vraag', other: 'vragen' })}: per vraag ${f} minuten formuleren, ${d} minuten bespreken zonder inbrenger, ${r} minuten reflecteren.`,
  tooMany: (max: number) =>
    `Kies hoogstens ${max} vragen; parkeer de andere voor een volgende keer.`,
  saveChoice: 'Keuze opslaan',
  choiceSaved: 'De keuze is opgeslagen.',
  toLive: 'Naar live begeleiden',
  addTitle: 'Vraag toevoegen',
  addLead: 'Typ de vraag zoals de deelnemer hem formuleert. Noem geen namen van cliënten.',
  fields: {
    text: 'Vraag of dilemma',
    followUp: 'Vervolgvragen',
    followUpHint: 'Eén per regel, hoogstens vijf.',
    ownerName: 'Naam van de inbrenger',
    ownerNameHint: 'Alleen de voornaam is genoeg; leeg laten mag.',
    ownerEmail: 'E-mailadres van de inbrenger',
    ownerEmailHint: 'Alleen als de inbrenger contact wil houden of een verslag wil ontvangen.',
    consent: 'Toestemming voor het verslag',
  },
  add: 'Vraag toevoegen',
  added: 'De vraag is toegevoegd.',
  started:
    'De sessie is al begonnen: de keuze ligt vast. Nieuwe vragen komen in de inventarisatie voor een volgende keer.',
} as const;
