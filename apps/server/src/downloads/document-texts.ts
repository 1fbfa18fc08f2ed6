import { seriesDocumentTitle } from '@jamsessie/domain';
import type { SeriesDocumentData } from './series-documents.data.js';

/**
 * The fixed Dutch texts of the downloads, in one place. What varies per series (dates,
 * themes, who may join, where to ask for the link) comes from the data; these sentences
 * describe the method of the Jamsessies as the series' own write-up does.
 */
export const documentTexts = {
  movementLine: 'Radicale vernieuwing',
  jamming:
    '‘Jammen’ staat voor met elkaar sparren, improviseren en zoeken. Wat heb je nog nodig om volgende stappen te zetten? Tegen welke dilemma’s loop je aan? Welke goede ervaringen wil je delen?',
  inventory:
    'We beginnen met een rondje: welke vragen en dilemma’s uit je eigen praktijk houden je bezig? Daarna bespreken we per vraag in drie stappen:',
  afterwards:
    'Zo is er ruimte voor ieders vraag. Aan het eind delen we reacties. Wie dat wil, krijgt na afloop de e-mailadressen van de andere deelnemers die dat ook willen, om contact te houden.',
  privacy:
    'Wat je inbrengt blijft in de sessie. In een verslag komt een vraag of reactie alleen met toestemming, en nooit met namen van cliënten.',
  timeZone: 'Alle tijden zijn Nederlandse tijd.',
  noDates: 'Er staan nog geen data in de agenda.',
  cancelled: 'Vervalt',
} as const;

/**
 * How to join, in a few sentences: where to ask for the link and who receives it. The link
 * itself is never part of a document (documents are shared on intranets and by e-mail).
 *
 * @example joinSentences(data)
 * // ['Er is één vaste link voor alle Jamsessies. Die staat niet in dit document: vraag hem aan via …', …]
 */
export function joinSentences(data: SeriesDocumentData): string[] {
  const { join } = data;
  if (!join.linkOnRequest) {
    return [`Hoe je meedoet, lees je bij de sessies in de agenda: ${join.pageUrl}`];
  }
  const mail = join.contactEmail ? ` of mail naar ${join.contactEmail}` : '';
  return [
    `Er is één vaste link voor alle Jamsessies. Die staat niet in dit document: vraag hem aan via het formulier bij een sessie op ${join.pageUrl}${mail}.`,
    'Hoort je e-mailadres bij een deelnemende organisatie of ben je lid van LOC Waardevolle zorg, dan ontvang je de link per e-mail. Aanmelden is niet nodig; je mag de link doorsturen aan collega’s, maar zet hem niet op een openbare website.',
  ];
}

/**
 * The title of a document of this series (the domain's rule, see {@link seriesDocumentTitle}).
 *
 * @example documentTitle(data, 'schedule', 2025) // 'Jamsessies VVLG 2025'
 */
export function documentTitle(
  data: SeriesDocumentData,
  kind: 'schedule' | 'description' | 'invitation',
  year?: number,
): string {
  return seriesDocumentTitle(kind, {
    seriesTitle: data.title,
    ownTitle: data.documentTitles[kind],
    ...(year === undefined ? {} : { year }),
  });
}
