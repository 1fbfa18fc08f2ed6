import { PARTICIPANT_TIMINGS } from '@jamsessie/domain';
import { SIGNATURE, type MailContent } from './mail-footer.template.js';

/** What a consent request mail names: which kind of text, of which report, and the text. */
export type ConsentRequestMailFacts = {
  /** 'je citaat', 'je reactie', 'je vraag' */
  what: string;
  reportTitle: string;
  text: string;
};

/**
 * The mail that asks the author of one exact text whether a report may use it. The link shows
 * the text with the buttons to give or refuse consent; nothing happens by opening it.
 *
 * @example consentRequestMail(link, { what: 'je citaat', reportTitle: 'Verslag …', text: 'Waar denk je …' }).subject
 * // 'Mogen we je citaat gebruiken in een verslag?'
 */
export function consentRequestMail(link: string, facts: ConsentRequestMailFacts): MailContent {
  const quoted = facts.text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return {
    subject: `Mogen we ${facts.what} gebruiken in een verslag?`,
    text: [
      'Hallo,',
      '',
      `De coördinatoren willen ${facts.what} opnemen in het verslag „${facts.reportTitle}”,`,
      'precies zoals hieronder, zonder je naam:',
      '',
      quoted,
      '',
      'Met deze link zie je de tekst en kies je: toestemming geven of weigeren. Je toestemming',
      'geldt alleen voor deze tekst; wordt hij nog veranderd, dan vragen we het opnieuw. Je kunt',
      'je toestemming later altijd intrekken op je pagina Mijn gegevens.',
      `De link werkt één keer en ${PARTICIPANT_TIMINGS.consentLinkValidDays} dagen lang:`,
      '',
      link,
      '',
      'Doe je niets, dan gebruiken we de tekst niet.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
