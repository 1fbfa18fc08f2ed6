import { Migrator, sql, type Kysely, type MigrationResult } from 'kysely';
import { migrations } from './migrations/index.js';

function migratorFor(db: Kysely<unknown>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve({ ...migrations }) },
  });
}

function unwrap(outcome: { error?: unknown; results?: MigrationResult[] }): MigrationResult[] {
  if (outcome.error !== undefined) {
    const failed = outcome.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? '(before any migration)'} failed`, {
      cause: outcome.error,
    });
  }
  return outcome.results ?? [];
}

/**
 * Whether the database has run exactly the migrations this code knows: then there is nothing
 * to do, and a start on a filled database costs one small read instead of the migrator's lock
 * and bookkeeping. Anything else (no table yet, fewer, unknown names) goes to the migrator.
 */
async function isAtLatest(db: Kysely<unknown>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const known = new Set(Object.keys(migrations));
    return rows.length === known.size && rows.every((row) => known.has(row.name));
  } catch {
    return false;
  }
}

/**
 * Brings the schema up to the newest migration (each in its own transaction, behind Kysely's
 * migration lock, so two processes starting at once are safe). Throws when one fails.
 * Returns what ran, e.g. `[{ migrationName: '2026_11_23_120000_organisations', direction: 'Up', status: 'Success' }]`.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationResult[]> {
  if (await isAtLatest(db as Kysely<unknown>)) return [];
  return unwrap(await migratorFor(db as Kysely<unknown>).migrateToLatest());
}

/**
 * Undoes the newest `steps` migrations (default 1), newest first. Throws when one fails.
 *
 * @example await migrateDown(db, Object.keys(migrations).length) // back to an empty schema
 */
export async function migrateDown<T>(db: Kysely<T>, steps = 1): Promise<MigrationResult[]> {
  const migrator = migratorFor(db as Kysely<unknown>);
  const results: MigrationResult[] = [];
  for (let i = 0; i < steps; i++) {
    const ran = unwrap(await migrator.migrateDown());
    if (ran.length === 0) break;
    results.push(...ran);
  }
  return results;
}

/**
 * Moves the schema up or down to exactly the migration `name` (it must be one of
 * `migrations`). A restore uses it to give an empty database the schema of a backup's rows
 * before they are copied in. Throws when one fails.
 *
 * @example await migrateTo(db, '2026_11_23_200100_data_version')
 */
export async function migrateTo<T>(db: Kysely<T>, name: string): Promise<MigrationResult[]> {
  return unwrap(await migratorFor(db as Kysely<unknown>).migrateTo(name));
}
