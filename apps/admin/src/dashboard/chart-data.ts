import { formatDayMonthYear } from '@jamsessie/domain';

/** Sessions of one month by status, as the API counts them. */
export type SessionMonth = { month: string; planned: number; held: number; cancelled: number };

/** Dilemmas of one theme in one month, as the API counts them. */
export type DilemmaThemeMonth = { month: string; themeLabel: string; count: number };

/**
 * The Dutch name of a month ('2026-04' → 'april'), through the domain's date format.
 *
 * @example monthName('2026-04') // 'april'
 */
export function monthName(month: string): string {
  return formatDayMonthYear(`${month}-01`).split(' ')[1] ?? month;
}

/**
 * The three-letter axis label of a month.
 *
 * @example monthShort('2026-03') // 'mrt'
 */
export function monthShort(month: string): string {
  const name = monthName(month);
  return name === 'maart' ? 'mrt' : name.slice(0, 3);
}

/**
 * Totals per status over the year.
 *
 * @example sessionTotals(months) // { planned: 10, held: 2, cancelled: 1 }
 */
export function sessionTotals(months: readonly SessionMonth[]) {
  return months.reduce(
    (sum, m) => ({
      planned: sum.planned + m.planned,
      held: sum.held + m.held,
      cancelled: sum.cancelled + m.cancelled,
    }),
    { planned: 0, held: 0, cancelled: 0 },
  );
}

/** One bar group of the dilemma chart: a month with a count per theme label. */
export type DilemmaRow = { month: string; label: string } & Record<string, number | string>;

/**
 * Pivots dilemma counts into one row per month (all months of `months`) with a column per
 * theme, plus the theme labels in order and the theme with the most dilemmas.
 *
 * @example pivotDilemmas(points, months).themes // ['Open deuren', 'Thuissituatie']
 */
export function pivotDilemmas(
  points: readonly DilemmaThemeMonth[],
  months: readonly string[],
): { rows: DilemmaRow[]; themes: string[]; total: number; top: string | null } {
  const themes = [...new Set(points.map((p) => p.themeLabel))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const rows: DilemmaRow[] = months.map((month) => {
    const row: DilemmaRow = { month, label: monthShort(month) };
    for (const theme of themes) row[theme] = 0;
    return row;
  });
  const perTheme = new Map<string, number>();
  for (const p of points) {
    const row = rows.find((r) => r.month === p.month);
    if (row) row[p.themeLabel] = Number(row[p.themeLabel] ?? 0) + p.count;
    perTheme.set(p.themeLabel, (perTheme.get(p.themeLabel) ?? 0) + p.count);
  }
  const total = [...perTheme.values()].reduce((a, b) => a + b, 0);
  const top = [...perTheme].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { rows, themes, total, top };
}
