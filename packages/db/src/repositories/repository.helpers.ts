import {
  err,
  notFoundCode,
  STALE_EDIT_MESSAGE,
  type DomainError,
  type NotFoundEntity,
} from '@jamsessie/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';

/**
 * What every repository function takes: the database or an open transaction, so the use case
 * decides where the transaction begins.
 *
 * @example await db.transaction().execute((trx) => insertSeries(trx, series));
 */
export type Executor = Kysely<Database> | Transaction<Database>;

/** A refusal from a repository: the domain's error shape, codes such as 'CONFLICT.STALE_VERSION'. */
export type RepositoryFailure = { readonly ok: false; readonly error: DomainError };

/** Outcome of a write that can conflict: the stored value, or a refusal. */
export type WriteResult<T> = { readonly ok: true; readonly value: T } | RepositoryFailure;

/**
 * A new record as a caller hands it to an `insert…` function: the version may be left out,
 * because every new row starts at version 1 (a version that is given anyway, e.g. by a value
 * built for a test, is ignored; the stored value that comes back has version 1).
 *
 * @example await insertTheme(db, { id, slug: 'open-deuren', label: 'Open deuren' }) // value.version === 1
 */
export type Unversioned<T extends { version: number }> = Omit<T, 'version'> & {
  readonly version?: number;
};

/** JSON text for a jsonb column (pg would turn a bare JS array into a PostgreSQL array). */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** The database clock, for bookkeeping columns such as `updated_at`. */
export const dbNow = sql<string>`now()`;

/** `version + 1`, for the SET clause of an optimistic update. */
export const nextVersion = sql<number>`version + 1`;

/**
 * The refusal for a unique key already taken (slug, e-mail, id).
 *
 * @example duplicate('SESSION', 'slug') // { ok: false, error: { code: 'CONFLICT.DUPLICATE', ... } }
 */
export function duplicate(entity: string, key: string): RepositoryFailure {
  return err('CONFLICT.DUPLICATE', 'Dit bestaat al: kies een andere naam of webadres.', {
    entity,
    key,
  });
}

/** The refusal for an id that does not exist, e.g. `SESSION.NOT_FOUND`. */
export function notFound(entity: NotFoundEntity, id: string): RepositoryFailure {
  return err(notFoundCode(entity), 'Dit item bestaat niet (meer).', { entity, id });
}

type VersionedTable =
  | 'series'
  | 'session'
  | 'week_edition'
  | 'programme_item'
  | 'dilemma'
  | 'protocol_run'
  | 'report'
  | 'coordinator_account'
  | 'movement'
  | 'organisation'
  | 'participation'
  | 'action_team'
  | 'theme'
  | 'keyword'
  | 'week_day'
  | 'person';

/**
 * Explains why `UPDATE ... WHERE id = ? AND version = ?` matched no row: the row is gone
 * (`<ENTITY>.NOT_FOUND`) or someone saved first (`CONFLICT.STALE_VERSION`, with the current
 * version in the details so the app can offer to reload).
 */
export async function missingOrStale(
  db: Executor,
  table: VersionedTable,
  entity: NotFoundEntity,
  id: string,
  expectedVersion: number,
): Promise<RepositoryFailure> {
  const row = await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  if (!row) return notFound(entity, id);
  return err('CONFLICT.STALE_VERSION', STALE_EDIT_MESSAGE, {
    entity,
    id,
    expectedVersion,
    currentVersion: row.version,
  });
}

/** Tables whose rows have a unique, editable `slug` (their public address). */
type SluggedTable =
  | 'movement'
  | 'action_team'
  | 'organisation'
  | 'series'
  | 'session'
  | 'report'
  | 'theme'
  | 'keyword';

/**
 * Whether another row than `id` already uses `slug`: checked before an update, so a taken
 * address is refused as `CONFLICT.DUPLICATE` instead of failing on the unique index.
 *
 * @example if (await slugTakenByAnother(db, 'theme', theme.slug, theme.id)) return duplicate('THEME', theme.slug);
 */
export async function slugTakenByAnother(
  db: Executor,
  table: SluggedTable,
  slug: string,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('slug', '=', slug)
    .where('id', '<>', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** `{ key: value }` when the value is not null, `{}` otherwise: for the domain's optional fields. */
export function optional<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

/** What a versioned delete did: 'stale' when someone changed the row meanwhile, 'missing' when it is gone. */
export type DeleteOutcome = 'deleted' | 'stale' | 'missing';

/**
 * Deletes the row when its version is still `version`; otherwise tells why nothing was
 * deleted (the caller turns 'stale' into the conflict message, 'missing' into not found).
 *
 * @example await deleteVersioned(tx, 'theme', id, 3) // 'deleted'
 */
export async function deleteVersioned(
  db: Executor,
  table: VersionedTable,
  id: string,
  version: number,
): Promise<DeleteOutcome> {
  const result = await db
    .deleteFrom(table)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (result.numDeletedRows > 0n) return 'deleted';
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row ? 'stale' : 'missing';
}
