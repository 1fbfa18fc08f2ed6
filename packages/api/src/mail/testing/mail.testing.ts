import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '@jamsessie/db';
import { createContextInner, type AuthUser, type Context } from '../../context.js';
import { peopleRouter } from '../../people/people.admin.router.js';
import { contactsRouter } from '../contacts.admin.router.js';
import { subscriptionsRouter } from '../../subscriptions/subscriptions.public.router.js';
import { createCallerFactory, router } from '../../trpc.js';
import type { ReceivedMail, SmtpSink } from '../../testing/smtp-sink.testing.js';
import { withListUnsubscribe } from '../list-unsubscribe.js';
import { sendOutboxBatch } from '../outbox-worker.js';
import { createMailTransport } from '../transport.js';

/** The public origin of these tests. */
export const MAIL_TEST_BASE_URL = 'https://jamsessie.test';

/** The routers of this area as one tree (mounted as `subscriptions`, `admin.contacts`, `admin.people`). */
const testRouter = router({
  subscriptions: subscriptionsRouter,
  contacts: contactsRouter,
  people: peopleRouter,
});

/** A context for `user` (null: a visitor) at `now`, with its own rate-limit client key. */
export function mailContext(
  db: DatabaseHandle['db'],
  now: Date,
  user: AuthUser | null = null,
): Context {
  return createContextInner({
    db,
    user,
    now: () => now,
    clientKey: randomUUID(),
    baseUrl: MAIL_TEST_BASE_URL,
  });
}

/**
 * A caller of `subscriptions.*`, `contacts.*` and `people.*`.
 *
 * @example await mailCaller(db, now).subscriptions.subscribe({ email, target: { kind: 'week' } });
 */
export function mailCaller(db: DatabaseHandle['db'], now: Date, user: AuthUser | null = null) {
  return createCallerFactory(testRouter)(mailContext(db, now, user));
}

/**
 * The token of the first link to `path` in a text (the links the mail carries).
 *
 * @example tokenIn(body, '/abonnement/bevestigen') // 'Zk3…'
 */
export function tokenIn(text: string, path: string): string {
  const match = new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([^\\s]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no link to ${path} in:\n${text}`);
  return decodeURIComponent(match[1]);
}

/** Sends everything due through the real SMTP sink, with the one-click headers added. */
export async function deliverAll(db: DatabaseHandle['db'], sink: SmtpSink, now: Date) {
  const transport = withListUnsubscribe(createMailTransport(sink.url));
  try {
    let total = 0;
    for (;;) {
      const batch = await sendOutboxBatch({ db, transport, now: () => now, batchSize: 50 });
      total += batch.sent;
      if (batch.claimed === 0) return total;
    }
  } finally {
    transport.close();
  }
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_all, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
              String.fromCharCode(parseInt(hex, 16)),
            ),
          'latin1',
        ).toString('utf8'),
  );
}

/** A received message, decoded: unfolded headers (lowercase names), subject and text. */
export type ReadMail = {
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
};

/**
 * Decodes what the SMTP sink received (quoted-printable or base64 text, encoded-word
 * subjects), so tests can assert on the words a reader sees.
 */
export function readMail(mail: ReceivedMail): ReadMail {
  const raw = mail.raw.replace(/\r\n/g, '\n');
  const split = raw.indexOf('\n\n');
  const headerBlock = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of headerBlock.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = raw.slice(split + 2);
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8')
        : body;
  return {
    to: mail.to,
    headers,
    subject: decodeWords(headers['subject'] ?? ''),
    text: text.replace(/\n$/, ''),
  };
}
