import type {
  ConsentLevel,
  ConsentRecord,
  Dilemma,
  LevelConsentSubject,
  Reaction,
  Report,
} from '@jamsessie/domain';
import { consentLookupFrom, downloadPath, publishReport } from '@jamsessie/domain';
import { DILEMMA_IDS, MARCH_SESSION_ID } from './demo-dilemmas.js';
import { demoId } from './demo-ids.js';
import { personId } from './demo-people.js';
import { REPORT_KEYWORD_LABELS, keywordId, themeId } from './demo-taxonomy.js';

/** The id of the published report of 3 March 2025. */
export const REPORT_ID = demoId('report:jamsessie-3-maart-2025');

/** The quote that opens the report; its author consented to literal quoting. */
const SHOPKEEPER_QUOTE =
  'Waar denk je dat hij was? In dat straatje waar hij altijd ondernemer was geweest. En dat benadrukt ook weer dat je vooraf moet investeren in: wie is meneer, wie is mevrouw en wat vindt hij of zij belangrijk. Want hij was binnen de eerste dagen al op pad.';

/** [author key, text]: the five reactions collected at the end of the session. */
const reactionRows: [string, string][] = [
  [
    'sanne',
    'Mooi dat er goede ideeën op mijn vraag zijn gekomen, ik denk dat ik er wel wat mee kan.',
  ],
  ['ilse', 'Wij zijn grotendeels gesloten nog, dus zeer waardevol, mooie inzichten gekregen.'],
  ['wendy', 'Echt mooi hoe we zo met elkaar over onderwerpen kunnen praten, kostbaar!'],
  ['kim', 'Heel waardevol wat je elkaar mee kan geven, wat je van en met elkaar kan leren!'],
  ['daan', 'Van belang om elkaar zo te blijven enthousiasmeren, helpen.'],
];

/** The reactions, each quotable by consent of its (invented) author. */
export function demoReactions(): Reaction[] {
  return reactionRows.map(([author, text], index) => ({
    id: demoId(`reaction:2025-03-03:${index + 1}`),
    text,
    authorId: personId(author),
    consent: 'quotable',
  }));
}

const AT_SESSION_END = '2025-03-03T12:58:00.000Z';
const ATTENDEES = ['marloes', 'sanne', 'jeroen', 'ilse', 'wendy', 'kim', 'daan'];

/** The participants of 3 March 2025 (the facilitator included). */
export function demoAttendance(): { sessionId: string; personId: string }[] {
  return ATTENDEES.map((key) => ({ sessionId: MARCH_SESSION_ID, personId: personId(key) }));
}

/**
 * The consent behind everything the report shows (dilemmas, reactions, the quote), the
 * private 7 April dilemma, and contact sharing: everyone of 3 March received each other's
 * e-mail address, with their consent.
 */
export function demoConsents(): ConsentRecord[] {
  const dilemmaConsents: [string, string, LevelConsentSubject, ConsentLevel][] = [
    ['sanne', DILEMMA_IDS.pickingUp, 'dilemma', 'quotable'],
    ['jeroen', DILEMMA_IDS.informalCarers, 'dilemma', 'shareable_anonymised'],
    ['ilse', DILEMMA_IDS.publicOpinion, 'dilemma', 'shareable_anonymised'],
    ['wendy', DILEMMA_IDS.pickingUp, 'quote', 'quotable'],
  ];
  const records: ConsentRecord[] = dilemmaConsents.map(([person, subjectId, subject, level]) => ({
    id: demoId(`consent:${subject}:${person}:${subjectId}`),
    personId: personId(person),
    subject,
    subjectId,
    level,
    at: AT_SESSION_END,
    by: null,
  }));
  records.push({
    id: demoId('consent:dilemma:noor:private'),
    personId: personId('noor'),
    subject: 'dilemma',
    subjectId: DILEMMA_IDS.privateApril,
    level: 'private',
    at: '2025-03-31T08:30:00.000Z',
    by: null,
  });
  for (const reaction of demoReactions()) {
    records.push({
      id: demoId(`consent:reaction:${reaction.id}`),
      personId: reaction.authorId!,
      subject: 'reaction',
      subjectId: reaction.id,
      level: 'quotable',
      at: AT_SESSION_END,
      by: null,
    });
  }
  for (const attendee of ATTENDEES.filter((key) => key !== 'marloes')) {
    records.push({
      id: demoId(`consent:contact-sharing:${attendee}:2025-03-03`),
      personId: personId(attendee),
      subject: 'contact_sharing',
      subjectId: MARCH_SESSION_ID,
      granted: true,
      at: AT_SESSION_END,
      by: null,
      // Each of them said yes on their own page: only a person's own choice puts them on a list.
      method: 'confirmed_email',
    });
  }
  return records;
}

/** When the report was posted: 24 March 2025, 10:00 Amsterdam time. */
export const REPORT_PUBLISHED_AT = '2025-03-24T09:00:00.000Z';

/**
 * The published report of 3 March 2025, "Korte Jamsessies Vrijheid smaken naar meer": a
 * section per dilemma (with the dilemma as asked) and the tips that came up, the five
 * reactions, the tips for the next sessions, and the themes and keywords it was tagged with.
 * Written as a draft and published through the domain's `publishReport`, so the demo obeys
 * the same consent rule as a coordinator; a refusal is a bug in the demo data and throws.
 */
export function demoReport(
  dilemmas: readonly Dilemma[],
  consents: readonly ConsentRecord[],
): Report {
  const textOf = (id: string): string | null =>
    dilemmas.find((dilemma) => dilemma.id === id)?.text ?? null;
  const draft: Report = {
    id: REPORT_ID,
    sessionId: MARCH_SESSION_ID,
    slug: 'korte-jamsessies-vrijheid-smaken-naar-meer',
    title: 'Korte Jamsessies Vrijheid smaken naar meer, volgende is 7 april',
    intro:
      'Zelfs de carnavalsdagen konden niet voorkomen dat een mooie groep deelnemers op 3 maart na de lunch klaarzat voor de eerste online Jamsessie. In een uur was veel ruimte voor vragen uit de praktijk rond het openen van de deuren van het verpleeghuis. De Wet zorg en dwang is in 2020 ingegaan, maar nog niet alle huizen hebben de deur standaard open; ‘jammen’ staat voor met elkaar sparren, improviseren en zoeken. Eerst werden de vragen van de deelnemers geïnventariseerd, daarna gingen we per vraag in drie stappen te werk. Op 7 april staat het thema vrijheid en veiligheid voor het levensgeluk van cliënten (Wet zorg en dwang) in de thuissituatie op het programma.\n\nOm meedoen zo makkelijk mogelijk te maken, is er vanaf nu één vaste link die voor alle volgende Jamsessies hetzelfde blijft. Deelnemers mogen hem doorsturen aan collega’s, die zich dan niet meer hoeven aan te melden. De link staat niet op deze website: vraag hem aan op de pagina van een sessie (‘Vraag de link aan’), dan sturen we hem per e-mail.',
    sections: [
      {
        dilemmaId: DILEMMA_IDS.pickingUp,
        heading:
          'Hoe is het bij jullie geregeld om de bewoners weer op te pikken als dat nodig is?',
        summary:
          'Een locatie met een vrij open deurenbeleid past het terrein aan; uiteindelijk gaat het hek weg. Als bewoners bij mooi weer buiten het hek gaan wandelen, vraagt dat veel van medewerkers, en mis je zorg in huis. Een andere deelnemer opende precies die dag de deuren en had vooraf in het mdo met familie besproken of zij een rol willen spelen. Meerdere deelnemers vroegen zich af of het kan met (te) weinig menskracht. De zorgorganisatie zorgt er hoe dan ook voor dat bewoners die niet terugkomen, worden teruggebracht.',
        tips: [
          'Open, tenzij: het is normaal dat de deur open is, dus je gaat het gesprek aan waarom een deur gesloten zou moeten blijven.',
          'Spreek in het mdo (multidisciplinair overleg) vooraf met familie af of zij een rol willen spelen, ook als iemand het pand verlaat.',
          'Wonen familieleden te ver weg, denk dan aan gps-oplossingen.',
          'Een fiets voor het team, om snel te zijn waar iemand het laatst gezien is (al blijkt die in de praktijk weinig nodig).',
          'Weet wie iemand is: een nieuwe bewoner, oud-ondernemer uit het dorp, werd teruggevonden in “zijn” straatje.',
        ],
        takeAways: [
          'Vooraf met familie afspraken maken in het mdo.',
          'Zoeken naar alternatieven als er geen gps is.',
        ],
        quote: {
          text: SHOPKEEPER_QUOTE,
          authorId: personId('wendy'),
          dilemmaId: null,
          consent: 'private',
        },
        dilemmaText: textOf(DILEMMA_IDS.pickingUp),
        dilemmaConsent: 'private',
      },
      {
        dilemmaId: DILEMMA_IDS.informalCarers,
        heading: 'Hoe ga je om met weerstand van mantelzorgers bij open deuren?',
        summary:
          'Een organisatie die kiest voor ‘open, tenzij’ merkt dat de meeste mantelzorgers werken of ver weg wonen: ophalen doet de organisatie dus zoveel mogelijk zelf. Soms heeft iemand zo’n behoefte aan een wandeling dat het risico genomen wordt; soms kan iemand de vrijheid niet meer aan en is het een keuze die je met familie neemt of multidisciplinair afstemt. Daarover worden duidelijke afspraken gemaakt.',
        tips: [
          'Organiseer bijeenkomsten over open deuren met familie en met medewerkers: dat geeft begrip over en weer.',
          'Maak duidelijke afspraken met familie over de risico’s die iemand mag nemen.',
          'Als er aandacht is voor maatwerk, blijkt er vaak van alles mogelijk.',
        ],
        takeAways: [],
        quote: null,
        dilemmaText: textOf(DILEMMA_IDS.informalCarers),
        dilemmaConsent: 'private',
      },
      {
        dilemmaId: DILEMMA_IDS.publicOpinion,
        heading: 'Hoe ga je om met de publieke opinie in het dorp?',
        summary:
          'Door de buurt te betrekken en alternatieven te zoeken die bij iemand passen, ontstaat begrip. Er werd ook gesproken over het aanboren van het lerend vermogen van mensen met dementie, waardoor meer mogelijk is dan je misschien denkt.',
        tips: [
          'Ga bij het openen van de deuren in de buurt flyeren: met informatie over de nieuwe situatie en hoe buren een rol kunnen spelen als iemand verdwaalt.',
          'De snackbar en de supermarkt waar iemand zijn rondje langs maakt, wijzen hem de goede weg.',
          'Koppel vrijwilligers aan bewoners die graag op stap willen.',
          'Vraag de dorpsraad om een zebrapad vlakbij de locatie, zodat mensen veilig kunnen oversteken.',
          'Laat ergo- en fysiotherapeuten looproutes maken, met bankjes onderweg.',
        ],
        takeAways: [],
        quote: null,
        dilemmaText: textOf(DILEMMA_IDS.publicOpinion),
        dilemmaConsent: 'private',
      },
    ],
    tips: [
      'Deel de uitnodiging op intranet en stuur hem aan specifieke collega’s.',
      'Breng de Jamsessies in tijdens een overleg.',
      'Nodig collega’s uit die met de Wet zorg en dwang worstelen, of die juist vooroplopen maar ook tegen dingen aanlopen.',
      'Benut de contacten ook na de sessie: iedereen heeft elkaars e-mailadres gekregen.',
    ],
    // Copies of the consent level are refreshed from the records by `publishReport`.
    reactions: demoReactions().map((reaction) => ({ ...reaction, consent: 'private' })),
    themeIds: [themeId('zorgzame-gemeenschappen'), themeId('voorbij-sectoren')],
    keywordIds: REPORT_KEYWORD_LABELS.map((label) => keywordId(label)),
    // The two documents the source offers under the report, served by this platform itself.
    attachments: [
      {
        title: 'Jamsessies VVLG 2025 (schema)',
        url: `${downloadPath('jamsessies-vvlg', 'schedule')}?jaar=2025`,
      },
      {
        title: 'Beschrijving online jamsessies vrijheid en veiligheid voor het levensgeluk',
        url: downloadPath('jamsessies-vvlg', 'description'),
      },
    ],
    status: 'draft',
    publishedAt: null,
    version: 1,
  };
  const published = publishReport(draft, consentLookupFrom(consents), REPORT_PUBLISHED_AT);
  if (!published.ok) throw new Error(`demo report cannot be published: ${published.error.message}`);
  return published.value;
}
