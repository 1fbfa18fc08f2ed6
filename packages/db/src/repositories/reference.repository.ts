import type { Executor } from './repository.helpers.js';

/** Tables whose ids other rows refer to (a form picks them from a list). */
export type ReferenceTable =
  'theme' | 'keyword' | 'movement' | 'organisation' | 'series' | 'person' | 'action_team';

/**
 * The ids among `ids` that do not exist in `table` (empty when all exist), so a use case can
 * refuse a wrong id with a message next to its field instead of a foreign-key failure.
 *
 * @example await missingIds(tx, 'theme', [a, b]) // [b] when b was deleted
 */
export async function missingIds(
  db: Executor,
  table: ReferenceTable,
  ids: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await db.selectFrom(table).select('id').where('id', 'in', wanted).execute();
  const present = new Set(rows.map((row) => row.id));
  return wanted.filter((id) => !present.has(id));
}
