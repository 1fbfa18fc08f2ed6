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

/**
 * The names per role of an item (host, guests, speakers), in the order given.
 *
 * @example namesByRole(item.roles).host // ['Marloes Vermeer']
 */
export function namesByRole(
  roles: ProgrammeItemView['roles'],
): Record<'host' | 'guest' | 'speaker', string[]> {
  const result = { host: [] as string[], guest: [] as string[], speaker: [] as string[] };
  for (const role of roles) result[role.role].push(role.personName);
  return result;
}
