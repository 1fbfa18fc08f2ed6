import { formatMonthYear, toLocalParts } from '@jamsessie/domain';

/** A month of the agenda with its items, in the order they came. */
export type MonthGroup<T> = {
  /** 'YYYY-MM' in Amsterdam time: stable as a React key and an element id. */
  key: string;
  /** 'april 2025'. */
  label: string;
  items: T[];
};

/**
 * Groups agenda items by the Amsterdam month they start in, keeping the list's own order
 * (ascending for the coming agenda, descending for the past). An item starting on 31 March
 * at 23:30 Amsterdam time (21:30 or 22:30 UTC) belongs to March, whatever the machine's zone.
 *
 * @example groupByMonth(sessions)[0] // { key: '2025-04', label: 'april 2025', items: [...] }
 */
export function groupByMonth<T extends { startsAt: string }>(items: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const key = toLocalParts(item.startsAt).date.slice(0, 7);
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, label: formatMonthYear(item.startsAt), items: [item] });
  }
  return groups;
}
