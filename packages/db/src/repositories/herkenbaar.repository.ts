import { sql } from 'kysely';
import type { ConsentLevel, DilemmaStatus, SessionStatus } from '@jamsessie/domain';
import type { Executor } from './repository.helpers.js';

/** A question as "herkenbaar" needs it: never its text, never its owner. */
export type HerkenbaarCandidateRow = {
  readonly dilemmaId: string;
  readonly sessionId: string;
  readonly kop: string | null;
  readonly status: DilemmaStatus;
  /** The dilemma's own consent level (recorded consents are looked up by the caller). */
  readonly consent: ConsentLevel;
  /** False while a form dilemma waits for its owner's confirmation link. */
  readonly confirmed: boolean;
};

/** A session's times and status, for the "herkenbaar" window. */
export type HerkenbaarSessionRow = {
  readonly id: string;
  readonly title: string;
  readonly seriesId: string | null;
  readonly status: SessionStatus;
  readonly startsAt: string;
  readonly endsAt: string;
};

const candidateColumns = [
  'id',
  'session_id',
  'kop',
  'status',
  'consent',
  sql<boolean>`unconfirmed_email is null`.as('confirmed'),
] as const;

function candidateFromRow(row: {
  id: string;
  session_id: string;
  kop: string | null;
  status: string;
  consent: string;
  confirmed: boolean;
}): HerkenbaarCandidateRow {
  return {
    dilemmaId: row.id,
    sessionId: row.session_id,
    kop: row.kop,
    status: row.status as DilemmaStatus,
    consent: row.consent as ConsentLevel,
    confirmed: row.confirmed,
  };
}

/** The questions of some sessions, in the order they came in (text and owner left out). */
export async function listHerkenbaarCandidates(
  db: Executor,
  sessionIds: readonly string[],
): Promise<HerkenbaarCandidateRow[]> {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .selectFrom('dilemma')
    .select(candidateColumns)
    .where('session_id', 'in', sessionIds)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  return rows.map(candidateFromRow);
}

/** One question as "herkenbaar" needs it, or undefined. */
export async function findHerkenbaarCandidate(
  db: Executor,
  dilemmaId: string,
): Promise<HerkenbaarCandidateRow | undefined> {
  const row = await db
    .selectFrom('dilemma')
    .select(candidateColumns)
    .where('id', '=', dilemmaId)
    .executeTakeFirst();
  return row && candidateFromRow(row);
}

/** Sessions starting after `from` and at or before `to`, soonest first. */
export async function listSessionsStartingBetween(
  db: Executor,
  from: string,
  to: string,
): Promise<HerkenbaarSessionRow[]> {
  const rows = await db
    .selectFrom('session')
    .select(['id', 'title', 'series_id', 'status', 'starts_at', 'ends_at'])
    .where('starts_at', '>', from)
    .where('starts_at', '<=', to)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    seriesId: row.series_id,
    status: row.status as SessionStatus,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
  }));
}

/** One session's times and status, or undefined. */
export async function findHerkenbaarSession(
  db: Executor,
  sessionId: string,
): Promise<HerkenbaarSessionRow | undefined> {
  const row = await db
    .selectFrom('session')
    .select(['id', 'title', 'series_id', 'status', 'starts_at', 'ends_at'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      title: row.title,
      seriesId: row.series_id,
      status: row.status as SessionStatus,
      startsAt: new Date(row.starts_at).toISOString(),
      endsAt: new Date(row.ends_at).toISOString(),
    }
  );
}

/** The sessions a person brought a confirmed question to. */
export async function listSessionIdsWithConfirmedDilemmaOf(
  db: Executor,
  personId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('dilemma')
    .select('session_id')
    .distinct()
    .where('owner_id', '=', personId)
    .where('unconfirmed_email', 'is', null)
    .execute();
  return rows.map((r) => r.session_id);
}

/**
 * The installation's HMAC key for marks: the stored one, or `fresh` stored now when there is
 * none yet (two processes starting at once store one and both read that one).
 */
export async function herkenbaarKey(db: Executor, fresh: string): Promise<string> {
  await db
    .insertInto('herkenbaar_key')
    .values({ id: 1, secret: fresh })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db
    .selectFrom('herkenbaar_key')
    .select('secret')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.secret;
}

/** Which of `keys` are stored marks. */
export async function findHerkenbaarMarks(
  db: Executor,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('herkenbaar_mark')
    .select('mark_key')
    .where('mark_key', 'in', keys)
    .execute();
  return new Set(rows.map((r) => r.mark_key));
}

/** Stores a mark; a mark that is already there stays one (the key is the primary key). */
export async function addHerkenbaarMark(
  db: Executor,
  markKey: string,
  dilemmaId: string,
): Promise<void> {
  await db
    .insertInto('herkenbaar_mark')
    .values({ mark_key: markKey, dilemma_id: dilemmaId })
    .onConflict((oc) => oc.column('mark_key').doNothing())
    .execute();
}

/** Takes a mark back (nothing happens when there is none). */
export async function removeHerkenbaarMark(db: Executor, markKey: string): Promise<void> {
  await db.deleteFrom('herkenbaar_mark').where('mark_key', '=', markKey).execute();
}

/** How many marks each question of a session has (questions without marks left out). */
export async function countHerkenbaarMarks(
  db: Executor,
  sessionId: string,
): Promise<{ dilemmaId: string; count: number }[]> {
  const rows = await db
    .selectFrom('herkenbaar_mark')
    .innerJoin('dilemma', 'dilemma.id', 'herkenbaar_mark.dilemma_id')
    .select(['herkenbaar_mark.dilemma_id', sql<number>`count(*)::int`.as('count')])
    .where('dilemma.session_id', '=', sessionId)
    .groupBy('herkenbaar_mark.dilemma_id')
    .execute();
  return rows.map((r) => ({ dilemmaId: r.dilemma_id, count: r.count }));
}
