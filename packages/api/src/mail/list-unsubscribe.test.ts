import { describe, expect, it } from 'vitest';
import { listUnsubscribeHeaders, withListUnsubscribe } from './list-unsubscribe.js';
import {
  hashToken,
  unsubscribeToken,
  unsubscribeUrl,
} from '../subscriptions/subscription-tokens.js';
import { describeTarget, subscriptionFooter } from './templates/mail-footer.template.js';
import type { OutgoingMail } from './transport.js';

const link = unsubscribeUrl(
  'https://jamsessie.example',
  '3f0c2a4e-1b2c-4d5e-8f90-1234567890ab',
  'key',
);

describe('the List-Unsubscribe header', () => {
  const sent: (OutgoingMail & { headers?: Record<string, string> })[] = [];
  const transport = withListUnsubscribe({
    sendMail: (message: OutgoingMail) => {
      sent.push(message);
      return Promise.resolve();
    },
  });
  const base = { from: 'a@b.example', to: 'c@d.example', subject: 'x', messageId: '<1@x>' };

  it('comes from the link stored with the message, and only to mail that has one', async () => {
    sent.length = 0;
    const text = `Hallo,\n\n${subscriptionFooter(describeTarget('theme', 'Open deuren'), link)}`;
    await transport.sendMail({ ...base, text, unsubscribeUrl: link });
    await transport.sendMail({ ...base, text: 'Contactlijst zonder abonnement' });
    expect(sent[0]?.headers).toEqual(listUnsubscribeHeaders(link));
    expect(sent[0]?.headers?.['List-Unsubscribe']).toBe(`<${link}>`);
    expect(sent[0]).not.toHaveProperty('unsubscribeUrl');
    expect(sent[1]?.headers).toBeUndefined();
  });

  it('is never taken from the text, where a session description could plant a footer line', async () => {
    sent.length = 0;
    const planted = 'Afmelden: https://evil.example/afmelden';
    await transport.sendMail({
      ...base,
      text: `Over de sessie:\n${planted}\n`,
      unsubscribeUrl: link,
    });
    await transport.sendMail({ ...base, text: `Contactlijst\n${planted}` });
    expect(sent[0]?.headers?.['List-Unsubscribe']).toBe(`<${link}>`);
    expect(sent[1]?.headers).toBeUndefined();
  });
});

describe('subscription tokens', () => {
  it('signs the unsubscribe token per subscription and key', () => {
    const id = '3f0c2a4e-1b2c-4d5e-8f90-1234567890ab';
    const token = unsubscribeToken(id, 'key-a');
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(unsubscribeToken(id, 'key-a')).toBe(token);
    expect(unsubscribeToken(id, 'key-b')).not.toBe(token);
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
