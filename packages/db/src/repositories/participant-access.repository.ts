import type { ParticipantLinkPurpose } from '@jamsessie/domain';
import type { Executor } from './repository.helpers.js';

/** A one-time link to store: by the hash of its token only. */
export type NewParticipantToken = {
  tokenHash: string;
  purpose: ParticipantLinkPurpose;
  /** The address the link goes to, lowercased. */
  email: string;
  /** What the link acts on (the dilemma to confirm); null for signing in. */
  subjectId: string | null;
  expiresAt: string;
};

/** Stores a new one-time link. */
export async function insertParticipantToken(
  db: Executor,
  token: NewParticipantToken,
): Promise<void> {
  await db
    .insertInto('participant_token')
    .values({
      token_hash: token.tokenHash,
      purpose: token.purpose,
      email: token.email,
      subject_id: token.subjectId,
      expires_at: token.expiresAt,
    })
    .execute();
}

/**
 * Uses a one-time link once: marks it used when it has this purpose, is unused and not expired
 * at `now` (ISO), and returns the address it proves and its subject; undefined otherwise. One
 * statement, so two parallel uses of the same link cannot both succeed.
 *
 * @example const proven = await consumeParticipantToken(tx, hash, 'sign_in', now); if (!proven) refuse();
 */
export async function consumeParticipantToken(
  db: Executor,
  tokenHash: string,
  purpose: ParticipantLinkPurpose,
  now: string,
): Promise<{ email: string; subjectId: string | null } | undefined> {
  const row = await db
    .updateTable('participant_token')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['email', 'subject_id'])
    .executeTakeFirst();
  return row && { email: row.email, subjectId: row.subject_id };
}

/**
 * Looks at a one-time link without using it: the address it proves and its subject when it
 * has this purpose, is unused and not expired at `now` (ISO); undefined otherwise. For a page
 * that shows what the link is about before its button spends it.
 */
export async function peekParticipantToken(
  db: Executor,
  tokenHash: string,
  purpose: ParticipantLinkPurpose,
  now: string,
): Promise<{ email: string; subjectId: string | null } | undefined> {
  const row = await db
    .selectFrom('participant_token')
    .select(['email', 'subject_id'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && { email: row.email, subjectId: row.subject_id };
}

/** A browser signed in to a participant's page. */
export type ParticipantSession = {
  readonly id: string;
  /** The proven address. */
  readonly email: string;
  readonly expiresAt: string;
};

/** Stores a participant's page session under the hash of its cookie token. */
export async function createParticipantSession(
  db: Executor,
  session: { id: string; tokenHash: string; email: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('participant_session')
    .values({
      id: session.id,
      token_hash: session.tokenHash,
      email: session.email,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The page session behind a token hash when it has not expired at `now`; else undefined. */
export async function findActiveParticipantSession(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<ParticipantSession | undefined> {
  const row = await db
    .selectFrom('participant_session')
    .select(['id', 'email', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && { id: row.id, email: row.email, expiresAt: row.expires_at };
}

/** Ends one page session (signing out); false when the token was unknown. */
export async function deleteParticipantSession(db: Executor, tokenHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom('participant_session')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Forgets every way in for an address: its page sessions and its one-time links (after the
 * person erased themselves). Returns how many rows went.
 */
export async function deleteParticipantAccessOf(db: Executor, email: string): Promise<number> {
  const sessions = await db
    .deleteFrom('participant_session')
    .where('email', '=', email)
    .executeTakeFirst();
  const tokens = await db
    .deleteFrom('participant_token')
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(sessions.numDeletedRows) + Number(tokens.numDeletedRows);
}

/**
 * Housekeeping: drops one-time links and page sessions that expired at or before `now` (ISO);
 * returns how many went.
 */
export async function pruneExpiredParticipantAccess(db: Executor, now: string): Promise<number> {
  const tokens = await db
    .deleteFrom('participant_token')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  const sessions = await db
    .deleteFrom('participant_session')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(tokens.numDeletedRows) + Number(sessions.numDeletedRows);
}
