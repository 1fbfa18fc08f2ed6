import { missingIds, type Executor, type ReferenceTable } from '@jamsessie/db';
import { refuse } from './admin.helpers.js';

/** The Dutch word for each kind of referenced row, used in a refusal. */
const referenceWords: Record<ReferenceTable, string> = {
  theme: 'thema',
  keyword: 'trefwoord',
  movement: 'beweging',
  organisation: 'organisatie',
  series: 'reeks',
  person: 'persoon',
  action_team: 'actieteam',
};

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
      refuse('REFERENCE.INVALID_REFERENCE', `Deze ${referenceWords[table]} bestaat niet (meer).`, {
        fields: { [field]: `Deze ${referenceWords[table]} bestaat niet (meer).` },
        missing,
      });
    }
  }
}
