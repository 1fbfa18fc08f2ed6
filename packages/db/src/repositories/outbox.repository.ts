import { sql } from 'kysely';
import type { EmailOutboxRow } from '../schema.js';
import type { Executor } from './repository.helpers.js';

/** A message to put in the outbox. */
export type OutgoingEmail = {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string | null;
  /** Makes enqueueing idempotent: a second message with the same key is dropped. */
  readonly idempotencyKey: string;
  /** Not before this instant (ISO); default: the database's now. */
  readonly notBefore?: string;
  /** The subscription's unsubscribe link, for the List-Unsubscribe header; none by default. */
  readonly unsubscribeUrl?: string | null;
};

/** A message a sender claimed; pass it back to mark it sent or failed. */
export type ClaimedEmail = {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  /** The link of the List-Unsubscribe header, as stored when the message was queued. */
  readonly unsubscribeUrl: string | null;
  /** Attempts so far, this one included. */
  readonly attempts: number;
  readonly claimedAt: string;
};

/** Outbox rules: how long a claim lasts, how often to try, the back-off after a failure. */
export type OutboxPolicy = {
  readonly leaseSeconds: number;
  readonly maxAttempts: number;
  readonly backoffSeconds: number;
  readonly maxBackoffSeconds: number;
};

/** 5 minutes per claim, 6 attempts, retries after 1, 2, 4, 8, 16 minutes (capped at 6 hours). */
export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = {
  leaseSeconds: 300,
  maxAttempts: 6,
  backoffSeconds: 60,
  maxBackoffSeconds: 6 * 3600,
};

function claimedFromRow(row: EmailOutboxRow, claimedAt: string): ClaimedEmail {
  return {
    id: row.id,
    to: row.recipient,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    unsubscribeUrl: row.unsubscribe_url,
    attempts: row.attempts,
    claimedAt: row.claimed_at ?? claimedAt,
  };
}

/**
 * Queues a message (call it in the transaction of the change that causes it, so both commit
 * or neither). Returns false when a message with the same idempotency key exists.
 */
export async function enqueueEmail(db: Executor, mail: OutgoingEmail): Promise<boolean> {
  const row = await db
    .insertInto('email_outbox')
    .values({
      recipient: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      idempotency_key: mail.idempotencyKey,
      unsubscribe_url: mail.unsubscribeUrl ?? null,
      ...(mail.notBefore !== undefined ? { next_attempt_at: mail.notBefore } : {}),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Claims up to `limit` due messages with `FOR UPDATE SKIP LOCKED` in one transaction, so two
 * senders never claim the same row: queued or failed rows whose time has come, and 'sending'
 * rows whose claim is older than the lease (a sender crashed). Claimed rows become 'sending'
 * with one more attempt. Rows out of attempts are never claimed.
 */
export async function claimOutboxBatch(
  db: Executor,
  limit: number,
  now: string,
  policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY,
): Promise<ClaimedEmail[]> {
  const claim = async (trx: Executor) => {
    const leaseCutoff = new Date(Date.parse(now) - policy.leaseSeconds * 1000).toISOString();
    const due = trx
      .selectFrom('email_outbox')
      .select('id')
      .where('attempts', '<', policy.maxAttempts)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', 'in', ['queued', 'failed']), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<=', leaseCutoff)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked();
    const rows = await trx
      .updateTable('email_outbox')
      .set({ status: 'sending', claimed_at: now, attempts: sql<number>`attempts + 1` })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.map((row) => claimedFromRow(row, now)).sort((a, b) => a.id.localeCompare(b.id));
  };
  return db.isTransaction ? claim(db) : db.transaction().execute(claim);
}

/** Marks a claimed message sent, if this sender still holds the claim; returns whether it did. */
export async function markOutboxSent(
  db: Executor,
  mail: ClaimedEmail,
  sentAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('email_outbox')
    .set({ status: 'sent', sent_at: sentAt, last_error: null })
    .where('id', '=', mail.id)
    .where('status', '=', 'sending')
    .where('claimed_at', '=', mail.claimedAt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Marks a claimed message failed and schedules the retry with exponential back-off
 * (`backoffSeconds * 2^(attempts-1)`, capped). After `maxAttempts` it stays 'failed' for good.
 */
export async function markOutboxFailed(
  db: Executor,
  mail: ClaimedEmail,
  error: string,
  now: string,
  policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY,
): Promise<boolean> {
  const delay = Math.min(
    policy.maxBackoffSeconds,
    policy.backoffSeconds * 2 ** Math.max(0, mail.attempts - 1),
  );
  const result = await db
    .updateTable('email_outbox')
    .set({
      status: 'failed',
      last_error: error.slice(0, 2000),
      next_attempt_at: new Date(Date.parse(now) + delay * 1000).toISOString(),
    })
    .where('id', '=', mail.id)
    .where('status', '=', 'sending')
    .where('claimed_at', '=', mail.claimedAt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Part of erasing a person: removes mail not yet sent that is addressed to them or names
 * their address (a contact list queued for someone else). Sent mail is kept as the log of
 * what left the system. Run it in the erasure's transaction; afterwards, send the contact
 * lists of their sessions again if needed: the new lists no longer contain them.
 *
 * @example await forgetQueuedMail(tx, person.email) // 2
 */
export async function forgetQueuedMail(db: Executor, email: string): Promise<number> {
  const address = email.trim().toLowerCase();
  if (address === '') return 0;
  // Escape LIKE's wildcards: an address may contain '_' (and, in theory, '%').
  const pattern = `%${address.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const result = await db
    .deleteFrom('email_outbox')
    .where('status', 'in', ['queued', 'failed'])
    .where((eb) =>
      eb.or([
        eb(sql`lower(recipient)`, '=', address),
        eb(sql`lower(text_body)`, 'like', pattern),
        eb(sql`lower(coalesce(html_body, ''))`, 'like', pattern),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * How many messages the outbox holds per status, every status present (0 when none), e.g.
 * `{ queued: 3, sending: 0, sent: 120, failed: 1 }`: the queue length and failures the
 * server's metrics show.
 */
export async function countOutboxByStatus(
  db: Executor,
): Promise<Record<'queued' | 'sending' | 'sent' | 'failed', number>> {
  const rows = await db
    .selectFrom('email_outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) {
    if (row.status in counts) counts[row.status as keyof typeof counts] = Number(row.n);
  }
  return counts;
}
