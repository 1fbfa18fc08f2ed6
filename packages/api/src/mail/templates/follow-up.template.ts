import { FOLLOW_UP_WEEKS } from '@jamsessie/domain';
import { SIGNATURE, type MailContent } from './mail-footer.template.js';

/**
 * The one follow-up mail ("Nadien") to the owner of a dilemma, some weeks after it was
 * discussed: it asks what they did with the tips and sends them to their own page to answer.
 *
 * @example followUpMail('Jamsessie Open deuren', 'maandag 7 april 2025', 'https://jamsessie.example/mijn-gegevens')
 */
export function followUpMail(sessionTitle: string, date: string, pageUrl: string): MailContent {
  return {
    subject: 'Wat heb je met de tips gedaan?',
    text: [
      'Hallo,',
      '',
      `Ongeveer ${FOLLOW_UP_WEEKS} weken geleden, op ${date}, is jouw vraag besproken in ${sessionTitle}.`,
      'Je gaf aan dat je graag een berichtje na afloop wilde. Dus: wat heb je met de tips gedaan?',
      '',
      'Je antwoord geef je op je eigen pagina (vraag daar een link aan met dit e-mailadres):',
      pageUrl,
      '',
      'De coördinatoren lezen je antwoord. Alleen als jij dat aangeeft, komt het in het verslag,',
      'onder "Nadien". Antwoorden hoeft niet; je krijgt hierover geen andere e-mail.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
