import type { ProgrammeItemView } from '../api/api-types';

/** A day's programme in the blocks the page shows, in the order of the day. */
export type ProgrammeBlock =
  { kind: 'single'; item: ProgrammeItemView } | { kind: 'parallel'; items: ProgrammeItemView[] };

/**
 * Groups a day's items (already in order) into blocks: inspiration sessions that start at the
 * same time form one "parallel" block; everything else stands alone. Local programmes are
 * left out here: the page lists them separately, as they happen elsewhere.
 *
 * @example programmeBlocks(items).map((b) => b.kind) // ['single', 'parallel', 'single']
 */
export function programmeBlocks(items: readonly ProgrammeItemView[]): ProgrammeBlock[] {
  const blocks: ProgrammeBlock[] = [];
  for (const item of items) {
    if (item.kind === 'local_programme') continue;
    const last = blocks.at(-1);
    if (item.kind === 'inspiration_session') {
      if (last?.kind === 'parallel' && last.items[0]?.startsAt === item.startsAt) {
        last.items.push(item);
        continue;
      }
      blocks.push({ kind: 'parallel', items: [item] });
      continue;
    }
    blocks.push({ kind: 'single', item });
  }
  return blocks.map((block) =>
    block.kind === 'parallel' && block.items.length === 1
      ? { kind: 'single', item: block.items[0]! }
      : block,
  );
}

/** A host, guest or speaker as the page names them: with their organisation when known. */
export type ProgrammePerson = { name: string; organisation: string | null };

/**
 * The people per role of an item (host, guests, speakers), in the order given, each with
 * their organisation.
 *
 * @example peopleByRole(item.roles).guest // [{ name: 'Gast Gerda', organisation: 'HVO-Querido' }]
 */
export function peopleByRole(
  roles: ProgrammeItemView['roles'],
): Record<'host' | 'guest' | 'speaker', ProgrammePerson[]> {
  const result = {
    host: [] as ProgrammePerson[],
    guest: [] as ProgrammePerson[],
    speaker: [] as ProgrammePerson[],
  };
  for (const role of roles) {
    result[role.role].push({ name: role.personName, organisation: role.organisationName });
  }
  return result;
}
