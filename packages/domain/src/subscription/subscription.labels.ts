import type { SubscriptionTargetKind } from './subscription.schema.js';

/**
 * Dutch names of what one can follow, for forms and pages.
 *
 * @example subscriptionTargetLabels.week // 'de Week van de Radicale vernieuwing'
 */
export const subscriptionTargetLabels: Readonly<Record<SubscriptionTargetKind, string>> = {
  theme: 'dit thema',
  series: 'deze reeks',
  week: 'de Week van de Radicale vernieuwing',
};

/**
 * The fixed Dutch texts of subscribing, the same in every app and page: the double opt-in
 * answer, the pages behind the confirmation and unsubscribe links.
 *
 * @example subscriptionTexts.checkYourMail // 'Bijna klaar: …'
 */
export const subscriptionTexts = {
  checkYourMail:
    'Bijna klaar: we hebben je een e-mail gestuurd. Bevestig je aanmelding met de link daarin; zonder bevestiging sturen we je niets.',
  confirmed: 'Je aanmelding is bevestigd.',
  invalidLink: 'Deze link is ongeldig of al gebruikt. Meld je gerust opnieuw aan.',
  unsubscribed: 'Je bent afgemeld. Je ontvangt geen berichten meer over dit onderwerp.',
} as const;

/**
 * What a subscriber to each kind of target will receive, in the words of the sign-up form and
 * of the confirmation mail alike (one promise, so the page and the mail never differ): the
 * followers of a theme or series get announcements and reminders; the followers of the Week
 * get one message when the next edition is announced.
 *
 * @example subscriptionPromises.week // 'een bericht zodra de volgende Week van de Radicale vernieuwing bekend is'
 */
export const subscriptionPromises: Readonly<Record<SubscriptionTargetKind, string>> = {
  theme: 'een bericht bij nieuwe data en een herinnering een paar dagen voor elke sessie',
  series: 'een bericht bij nieuwe data en een herinnering een paar dagen voor elke sessie',
  week: 'een bericht zodra de volgende Week van de Radicale vernieuwing bekend is',
};
