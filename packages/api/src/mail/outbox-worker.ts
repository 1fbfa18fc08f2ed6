import {
  claimOutboxBatch,
  DEFAULT_OUTBOX_POLICY,
  markOutboxFailed,
  markOutboxSent,
  type ClaimedEmail,
  type OutboxPolicy,
} from '@jamsessie/db';
import type { Db } from '../context.js';
import type { MailTransport } from './transport.js';

/** The sender shown on every message unless the server configures another (MAIL_FROM). */
export const DEFAULT_MAIL_FROM = 'Jamsessies Radicale vernieuwing <noreply@jamsessie.invalid>';

/**
 * The wait before the next attempt after `attempts` attempts, as the db's outbox policy
 * schedules it: 1, 2, 4, 8 … minutes, capped at six hours by default.
 *
 * @example retryDelayMs(3) // 240_000
 */
export function retryDelayMs(
  attempts: number,
  policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY,
): number {
  const seconds = Math.min(
    policy.maxBackoffSeconds,
    policy.backoffSeconds * 2 ** Math.max(0, attempts - 1),
  );
  return seconds * 1000;
}

/** Options of {@link sendOutboxBatch}. */
export type SendOutboxOptions = {
  db: Db;
  transport: MailTransport;
  now?: () => Date;
  /** How many messages one batch claims. Default 10. */
  batchSize?: number;
  from?: string;
  /**
   * Lease (after which a 'sending' row of a crashed worker is retried), attempts and
   * back-off; the db's `DEFAULT_OUTBOX_POLICY` unless given.
   */
  policy?: OutboxPolicy;
};

/** What one batch did. */
export type OutboxBatchResult = { claimed: number; sent: number; failed: number };

function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Keep the log useful but short, and never echo credentials of an smtp URL.
  return text.replace(/\/\/[^@\s/]*@/g, '//***@').slice(0, 500);
}

type Resolved = {
  db: Db;
  transport: MailTransport;
  now: () => Date;
  from: string;
  policy: OutboxPolicy;
};

async function sendOne(options: Resolved, mail: ClaimedEmail): Promise<boolean> {
  try {
    await options.transport.sendMail({
      from: options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      messageId: `<${mail.id}@jamsessie.outbox>`,
      ...(mail.unsubscribeUrl ? { unsubscribeUrl: mail.unsubscribeUrl } : {}),
    });
  } catch (error) {
    await markOutboxFailed(
      options.db,
      mail,
      describeFailure(error),
      options.now().toISOString(),
      options.policy,
    );
    return false;
  }
  await markOutboxSent(options.db, mail, options.now().toISOString());
  return true;
}

/**
 * Sends one batch from the outbox: claims due messages (marked 'sending' in the claiming
 * transaction, with SKIP LOCKED so parallel workers never share a row), sends each through
 * the transport, and marks it sent or failed with exponential back-off. A message is never
 * sent twice by live workers; after a crash its 'sending' row is retried only once the
 * lease has run out.
 *
 * @example
 * const transport = createMailTransport(env.SMTP_URL);
 * await sendOutboxBatch({ db, transport, batchSize: 20 });
 */
export async function sendOutboxBatch(options: SendOutboxOptions): Promise<OutboxBatchResult> {
  const resolved: Resolved = {
    db: options.db,
    transport: options.transport,
    now: options.now ?? (() => new Date()),
    from: options.from ?? DEFAULT_MAIL_FROM,
    policy: options.policy ?? DEFAULT_OUTBOX_POLICY,
  };
  const claimed = await claimOutboxBatch(
    resolved.db,
    options.batchSize ?? 10,
    resolved.now().toISOString(),
    resolved.policy,
  );
  let sent = 0;
  for (const mail of claimed) {
    if (await sendOne(resolved, mail)) sent += 1;
  }
  return { claimed: claimed.length, sent, failed: claimed.length - sent };
}
