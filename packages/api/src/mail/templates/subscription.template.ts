import {
  SIGNATURE,
  subscriptionFooter,
  type MailContent,
  type TargetDescription,
} from './mail-footer.template.js';

/**
 * The double opt-in mail: nothing is sent about the target until the link is followed.
 *
 * @example confirmationMail(describeTarget('theme', 'Open deuren'), confirmLink, unsubscribeLink)
 */
export function confirmationMail(
  target: TargetDescription,
  confirmLink: string,
  unsubscribeLink: string,
): MailContent {
  return {
    subject: 'Bevestig je aanmelding',
    text: [
      'Hallo,',
      '',
      `Iemand (hopelijk jij) heeft dit e-mailadres aangemeld voor berichten over ${target.phrase}: ${target.promise}.`,
      '',
      'Klopt dat? Bevestig het met deze link:',
      confirmLink,
      '',
      'Heb je je niet aangemeld? Dan hoef je niets te doen: zonder bevestiging sturen we je niets.',
      '',
      SIGNATURE,
      '',
      subscriptionFooter(target, unsubscribeLink),
    ].join('\n'),
  };
}

/**
 * The answer to a second sign-up of an address that is already confirmed: the owner of the
 * address learns it, the person filling in the form learns nothing.
 */
export function alreadySubscribedMail(
  target: TargetDescription,
  unsubscribeLink: string,
): MailContent {
  return {
    subject: 'Je bent al aangemeld',
    text: [
      'Hallo,',
      '',
      `Dit e-mailadres werd opnieuw aangemeld voor berichten over ${target.phrase}. Je was al aangemeld, dus er verandert niets.`,
      '',
      SIGNATURE,
      '',
      subscriptionFooter(target, unsubscribeLink),
    ].join('\n'),
  };
}
