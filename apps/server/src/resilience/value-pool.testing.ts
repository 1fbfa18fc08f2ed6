import type { Db } from '@jamsessie/api';
import type { ValuePool } from './hostile-input.arbitraries.js';

/**
 * Real slugs, ids and addresses from the database, so that fuzzed inputs often name things
 * that exist and the hostile parts reach the queries behind validation.
 *
 * @example const pool = await valuePoolOf(handle.db);
 */
export async function valuePoolOf(db: Db): Promise<ValuePool> {
  const [sessions, series, reports, editions, themes, keywords, movements, people] =
    await Promise.all([
      db.selectFrom('session').select(['id', 'slug']).execute(),
      db.selectFrom('series').select(['id', 'slug']).execute(),
      db.selectFrom('report').select(['id', 'slug']).execute(),
      db.selectFrom('week_edition').select(['id', 'slug']).execute(),
      db.selectFrom('theme').select(['id', 'slug']).execute(),
      db.selectFrom('keyword').select(['id', 'slug']).execute(),
      db.selectFrom('movement').select(['id', 'slug']).execute(),
      db.selectFrom('person').select('email').execute(),
    ]);
  const rows = [
    ...sessions,
    ...series,
    ...reports,
    ...editions,
    ...themes,
    ...keywords,
    ...movements,
  ];
  return {
    slugs: rows.map((row) => row.slug),
    ids: rows.map((row) => row.id),
    emails: people.flatMap((person) => (person.email ? [person.email] : [])),
  };
}
