import { MY_DATA_PATH, PARTICIPANT_TIMINGS } from '@jamsessie/domain';
import { SIGNATURE, type MailContent } from './mail-footer.template.js';

/**
 * The line under every mail the platform sends to a person: where they see, change, download
 * or erase what is held about them.
 *
 * @example myDataFooter('https://jamsessie.example') // 'Je vragen, toestemmingen en gegevens: https://jamsessie.example/mijn-gegevens'
 */
export function myDataFooter(baseUrl: string): string {
  return `Je vragen, toestemmingen en gegevens: ${baseUrl}${MY_DATA_PATH}`;
}

const minutes = PARTICIPANT_TIMINGS.linkValidMinutes;

/** The mail with a one-time link to sign in to the participant's own page. */
export function participantSignInMail(link: string): MailContent {
  return {
    subject: 'Je link naar Mijn gegevens',
    text: [
      'Hallo,',
      '',
      'Je vroeg een link om je gegevens bij de Jamsessies van Radicale vernieuwing in te zien.',
      `Met deze link kom je op je eigen pagina. Hij werkt één keer en ${minutes} minuten lang:`,
      '',
      link,
      '',
      'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: er verandert niets.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

/**
 * The mail that asks the submitter of a dilemma to confirm it was them: until they do, the
 * dilemma is attached to nobody and their consent is not recorded.
 */
export function confirmDilemmaMail(link: string, sessionTitle: string): MailContent {
  return {
    subject: 'Bevestig je vraag voor de Jamsessie',
    text: [
      'Hallo,',
      '',
      `Met dit e-mailadres is een vraag ingebracht voor ${sessionTitle}.`,
      'Was jij dat? Bevestig het dan met deze link; pas daarna hoort de vraag bij jou en',
      `geldt de toestemming die je koos. De link werkt één keer en ${minutes} minuten lang:`,
      '',
      link,
      '',
      `Zonder bevestiging wordt de vraag na ${PARTICIPANT_TIMINGS.unconfirmedDilemmaDays} dagen verwijderd.`,
      'Was jij het niet? Dan kun je deze e-mail negeren.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
