import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

/** Who failed: hashes of the address tried and of the client (never the values in clear). */
export type LoginFailureKeys = {
  readonly addressKey: string;
  readonly clientKey: string;
};

/** How many failures one group had since a moment, and when the latest was (ISO or null). */
export type FailureCount = { readonly count: number; readonly lastAt: string | null };

/** Recent failures seen from three sides of one sign-in attempt. */
export type LoginFailureStats = {
  /** This client on this address. */
  readonly pair: FailureCount;
  /** This client on any address (spraying many addresses). */
  readonly client: FailureCount;
  /** Any client on this address (many clients guessing one account). */
  readonly address: FailureCount;
};

/**
 * Notes one failed sign-in at `at` (ISO) and returns its id. The throttle writes it before the
 * password is checked (an attempt counts as failed until it succeeds), so a burst of parallel
 * attempts sees itself; see {@link deleteLoginFailure}.
 */
export async function recordLoginFailure(
  db: Executor,
  keys: LoginFailureKeys,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('login_failure')
    .values({ address_key: keys.addressKey, client_key: keys.clientKey, failed_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Takes back one noted failure (an attempt refused before its password was checked). */
export async function deleteLoginFailure(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('login_failure').where('id', '=', id).execute();
}

/**
 * Counts the failures after `since` (ISO) for the pair, the client and the address in one
 * query, using the two indexes; `exceptId` leaves out the caller's own pending attempt.
 *
 * @example const stats = await loginFailureStats(db, keys, hourAgo, ownId); stats.pair.count
 */
export async function loginFailureStats(
  db: Executor,
  keys: LoginFailureKeys,
  since: string,
  exceptId = 0,
): Promise<LoginFailureStats> {
  const isAddress = sql<boolean>`address_key = ${keys.addressKey}`;
  const isClient = sql<boolean>`client_key = ${keys.clientKey}`;
  const row = await db
    .selectFrom('login_failure')
    .select([
      sql<number>`(count(*) filter (where ${isAddress} and ${isClient}))::int`.as('pair_count'),
      sql<string | null>`max(failed_at) filter (where ${isAddress} and ${isClient})`.as(
        'pair_last',
      ),
      sql<number>`(count(*) filter (where ${isClient}))::int`.as('client_count'),
      sql<string | null>`max(failed_at) filter (where ${isClient})`.as('client_last'),
      sql<number>`(count(*) filter (where ${isAddress}))::int`.as('address_count'),
      sql<string | null>`max(failed_at) filter (where ${isAddress})`.as('address_last'),
    ])
    .where('failed_at', '>', since)
    .where('id', '<>', exceptId)
    .where((eb) =>
      eb.or([eb('address_key', '=', keys.addressKey), eb('client_key', '=', keys.clientKey)]),
    )
    .executeTakeFirstOrThrow();
  return {
    pair: { count: row.pair_count, lastAt: row.pair_last },
    client: { count: row.client_count, lastAt: row.client_last },
    address: { count: row.address_count, lastAt: row.address_last },
  };
}

/** Forgets this client's failures on this address (after it signed in correctly). */
export async function clearLoginFailures(db: Executor, keys: LoginFailureKeys): Promise<void> {
  await db
    .deleteFrom('login_failure')
    .where('address_key', '=', keys.addressKey)
    .where('client_key', '=', keys.clientKey)
    .execute();
}

/** Housekeeping: drops failures at or before `before` (ISO); returns how many. */
export async function pruneLoginFailures(db: Executor, before: string): Promise<number> {
  const result = await db
    .deleteFrom('login_failure')
    .where('failed_at', '<=', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
