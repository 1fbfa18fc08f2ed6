import type { Executor } from '@jamsessie/db';
import { refuse } from '../admin.helpers.js';

/** Tables whose ids other rows refer to, with the Dutch word used in a refusal. */
const referenceTables = {
  theme: 'thema',
  keyword: 'trefwoord',
  movement: 'beweging',
  organisation: 'organisatie',
  series: 'reeks',
  person: 'persoon',
  action_team: 'actieteam',
} as const;

/** A table other rows refer to by id. */
export type ReferenceTable = keyof typeof referenceTables;

/**
 * The ids among `ids` that do not exist in `table` (empty when all exist).
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

/**
 * Refuses (BAD_REQUEST, `<FIELD>.INVALID_REFERENCE`) when a referenced id does not exist, so
 * a wrong id gets a Dutch answer next to its field instead of a foreign-key failure.
 *
 * @example await assertReferences(tx, { themeIds: ['theme', input.themeIds] });
 */
export async function assertReferences(
  db: Executor,
  references: Record<string, [ReferenceTable, readonly (string | null | undefined)[]]>,
): Promise<void> {
  for (const [field, [table, ids]] of Object.entries(references)) {
    const missing = await missingIds(
      db,
      table,
      ids.filter((id): id is string => typeof id === 'string'),
    );
    if (missing.length > 0) {
      refuse('REFERENCE.INVALID_REFERENCE', `Deze ${referenceTables[table]} bestaat niet (meer).`, {
        fields: { [field]: `Deze ${referenceTables[table]} bestaat niet (meer).` },
        missing,
      });
    }
  }
}
