import { subscriptionPromises } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { describeTarget } from './mail-footer.template.js';
import { confirmationMail } from './subscription.template.js';

const CONFIRM = 'https://jamsessie.test/abonnement/bevestigen?token=abc';
const UNSUBSCRIBE = 'https://jamsessie.test/abonnement/afmelden?token=def';

describe('the confirmation mail', () => {
  it('promises the followers of the Week what the Week sign-up form promised, not reminders', () => {
    const { text } = confirmationMail(describeTarget('week', null), CONFIRM, UNSUBSCRIBE);
    expect(text).toContain(subscriptionPromises.week);
    expect(text).not.toMatch(/herinnering/);
  });

  it('promises announcements and reminders to the followers of a theme', () => {
    const { text } = confirmationMail(describeTarget('theme', 'Open deuren'), CONFIRM, UNSUBSCRIBE);
    expect(text).toContain(`het thema ‘Open deuren’: ${subscriptionPromises.theme}.`);
  });
});
