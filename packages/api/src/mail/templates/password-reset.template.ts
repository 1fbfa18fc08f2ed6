import { SIGNATURE, type MailContent } from './mail-footer.template.js';

/**
 * The mail with a one-time link to choose a new password for the coordinators' app.
 *
 * @example passwordResetMail('https://jamsessie.example/beheer/wachtwoord-herstellen#…', 30)
 */
export function passwordResetMail(link: string, validMinutes: number): MailContent {
  return {
    subject: 'Een nieuw wachtwoord kiezen',
    text: [
      'Hallo,',
      '',
      'Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor je account in de beheeromgeving van de Jamsessies.',
      '',
      `Kies een nieuw wachtwoord met deze link. Hij werkt één keer en ${validMinutes} minuten lang:`,
      link,
      '',
      'Met het nieuwe wachtwoord word je overal uitgelogd waar je nog was ingelogd.',
      '',
      'Heb je dit niet gevraagd? Dan hoef je niets te doen: je wachtwoord blijft zoals het was.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
