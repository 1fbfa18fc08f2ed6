import { sql } from 'kysely';
import { DEFAULT_OUTBOX_POLICY } from './outbox.repository.js';
import type { Executor } from './repository.helpers.js';

/** The statuses of an outbox message. */
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** An outbox message as the admin lists it: no bodies (they may carry personal tokens). */
export type OutboxEntry = {
  id: string;
  recipient: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  /**
   * A failed message the sender will try again by itself (at `nextAttemptAt`); false once it
   * is out of attempts and only "send again" moves it.
   */
  retrying: boolean;
  createdAt: string;
  sentAt: string | null;
};

function filtered(db: Executor, statuses: readonly OutboxStatus[] | undefined) {
  return db
    .selectFrom('email_outbox')
    .$if(statuses !== undefined, (q) => q.where('status', 'in', [...statuses!, '']));
}

/**
 * One page of the outbox, newest first, optionally of some statuses. Bodies are left out:
 * confirmation and unsubscribe mails carry tokens a coordinator must not be able to use.
 *
 * @example await listOutboxEntries(db, ['failed'], { limit: 20, offset: 0 })
 */
export async function listOutboxEntries(
  db: Executor,
  statuses: readonly OutboxStatus[] | undefined,
  page: { limit: number; offset: number },
): Promise<OutboxEntry[]> {
  const rows = await filtered(db, statuses)
    .select([
      'id',
      'recipient',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created_at',
      'sent_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    retrying: row.status === 'failed' && row.attempts < DEFAULT_OUTBOX_POLICY.maxAttempts,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  }));
}

/** How many messages match the status filter. */
export async function countOutboxEntries(
  db: Executor,
  statuses: readonly OutboxStatus[] | undefined,
): Promise<number> {
  const row = await filtered(db, statuses)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Messages per status (every status present, zero when none). */
export async function outboxCountsByStatus(db: Executor): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .selectFrom('email_outbox')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<OutboxStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) {
    if (row.status in counts) counts[row.status as OutboxStatus] = row.n;
  }
  return counts;
}

/**
 * Queues a failed message again, due at `now`, with a fresh set of attempts (a message out of
 * attempts would otherwise never be picked up). 'not_failed' when it is not failed (sent,
 * queued or being sent), 'missing' when it does not exist.
 *
 * @example await retryOutboxEntry(tx, id, ctx.now().toISOString())
 */
export async function retryOutboxEntry(
  db: Executor,
  id: string,
  now: string,
): Promise<'queued' | 'not_failed' | 'missing'> {
  const result = await db
    .updateTable('email_outbox')
    .set({ status: 'queued', attempts: 0, next_attempt_at: now, claimed_at: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  if (result.numUpdatedRows > 0n) return 'queued';
  const row = await db
    .selectFrom('email_outbox')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? 'not_failed' : 'missing';
}

/**
 * One message with its text, as stored and sent, for the coordinator's "read" view. The API
 * masks it (`mailForCoordinator` in the domain) before anyone sees it; the HTML body and the
 * unsubscribe header are left out.
 *
 * @example await findOutboxMessage(db, id) // { id, recipient, subject, text, status, … } | undefined
 */
export async function findOutboxMessage(
  db: Executor,
  id: string,
): Promise<
  | (Pick<OutboxEntry, 'id' | 'recipient' | 'subject' | 'status' | 'createdAt' | 'sentAt'> & {
      text: string;
    })
  | undefined
> {
  const row = await db
    .selectFrom('email_outbox')
    .select(['id', 'recipient', 'subject', 'text_body', 'status', 'created_at', 'sent_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      recipient: row.recipient,
      subject: row.subject,
      text: row.text_body,
      status: row.status as OutboxStatus,
      createdAt: row.created_at,
      sentAt: row.sent_at,
    }
  );
}
