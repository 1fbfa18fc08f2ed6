import { sql, type Kysely } from 'kysely';
import { unconfirmedDilemmaCutoff } from '@jamsessie/domain';
import type { Database } from '../schema.js';
import { deleteExpiredAuthSessions } from './auth-session.repository.js';
import { deleteUnconfirmedDilemmasBefore } from './dilemma-confirmation.repository.js';
import { pruneLoginFailures } from './login-failure.repository.js';
import { pruneExpiredParticipantAccess } from './participant-access.repository.js';
import { pruneExpiredPasswordResetTokens } from './password-reset.repository.js';
import { pruneExpiredRateLimits } from './rate-limit.repository.js';

/** What one housekeeping round removed, per kind of row. */
export type HousekeepingResult = {
  readonly rateLimits: number;
  readonly authSessions: number;
  readonly loginFailures: number;
  readonly passwordResetTokens: number;
  /** Participants' one-time links and page sessions that expired. */
  readonly participantAccess: number;
  /** Dilemmas from the public form whose address was not confirmed in time. */
  readonly unconfirmedDilemmas: number;
};

/**
 * How long a failed sign-in is kept: a day, far beyond the sign-in throttle's one-hour window
 * (`LOGIN_THROTTLE.windowMs` in the api), so pruning never shortens a delay.
 */
export const LOGIN_FAILURE_KEPT_MS = 24 * 60 * 60_000;

/**
 * The advisory lock of housekeeping: one number for the whole platform, so only one process
 * prunes at a time (the bytes spell "jamhou"; no other lock here uses it).
 */
export const HOUSEKEEPING_LOCK = 0x6a616d_686f75n;

/**
 * Removes rows nobody can use any more: rate-limit buckets no window counts, sign-in
 * sessions and password-reset links that expired, participants' expired links and page
 * sessions, dilemmas left unconfirmed for a week, and failed sign-ins older than a day.
 * Several server processes run this from their job loops; a transaction-scoped advisory lock (`pg_try_advisory_xact_lock`) lets one of them do it and the others skip (null) instead of deleting the same rows side by side. Idempotent.
 *
 * @example const removed = await pruneExpiredRows(db, new Date().toISOString()); // null: another process is at it
 */
export async function pruneExpiredRows(
  db: Kysely<Database>,
  now: string,
): Promise<HousekeepingResult | null> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${HOUSEKEEPING_LOCK}) as locked`.execute(trx);
    if (rows[0]?.locked !== true) return null;
    return {
      rateLimits: await pruneExpiredRateLimits(trx, now),
      authSessions: await deleteExpiredAuthSessions(trx, now),
      loginFailures: await pruneLoginFailures(
        trx,
        new Date(Date.parse(now) - LOGIN_FAILURE_KEPT_MS).toISOString(),
      ),
      passwordResetTokens: await pruneExpiredPasswordResetTokens(trx, now),
      participantAccess: await pruneExpiredParticipantAccess(trx, now),
      unconfirmedDilemmas: await deleteUnconfirmedDilemmasBefore(
        trx,
        unconfirmedDilemmaCutoff(new Date(now)).toISOString(),
      ),
    };
  });
}

/**
 * Asks the database the smallest question (`select 1`): resolves when it answers, rejects when
 * it is unreachable. For the health check load balancers poll.
 *
 * @example await pingDatabase(db) // throws while PostgreSQL restarts
 */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
}
