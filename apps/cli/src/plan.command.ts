import {
  dateFlagKindLabels,
  describeRecurrence,
  formatDate,
  formatTime,
  type DateFlag,
} from '@jamsessie/domain';
import type { PlanOptions } from './cli.args.js';
import { plannedDates } from './cli.plan.js';

function flagText(flag: DateFlag): string {
  return `${flag.name} (${dateFlagKindLabels[flag.kind].toLowerCase()})`;
}

/**
 * The year's dates as a Dutch table for the terminal: number, date, time, theme, and a
 * warning for public holidays and carnival (the coordinator decides whether to move them).
 *
 * @example renderPlan({ year: 2026, recurrence, themes: [], title: 'Jamsessies' })
 * // 'Jamsessies 2026\nelke eerste maandag van de maand, 13.00–14.00 uur\n\n 1. maandag 5 januari 2026 …'
 */
export function renderPlan(plan: PlanOptions): string {
  const dates = plannedDates(plan);
  const lines = [`${plan.title} ${plan.year}`, describeRecurrence(plan.recurrence)];
  if (plan.themes.length > 0) {
    const order = plan.themes.length > 1 ? ' (om de beurt)' : '';
    lines.push(`Thema’s: ${plan.themes.join(', ')}${order}`);
  }
  lines.push('');

  const rows = dates.map((d, index) => ({
    number: `${index + 1}.`,
    date: formatDate(d.date),
    time: `${formatTime(d.startsAt)}–${formatTime(d.endsAt)} uur`,
    theme: d.themeLabel ?? '',
    flags: d.flags.map(flagText).join(', '),
  }));
  const width = (key: 'number' | 'date' | 'time' | 'theme') =>
    Math.max(0, ...rows.map((row) => row[key].length));
  for (const row of rows) {
    const cells = [
      row.number.padStart(width('number')),
      row.date.padEnd(width('date')),
      row.theme ? row.time.padEnd(width('time')) : row.time,
    ];
    if (row.theme) cells.push(row.flags ? row.theme.padEnd(width('theme')) : row.theme);
    if (row.flags) cells.push(`! ${row.flags}`);
    lines.push(cells.join('  ').trimEnd());
  }

  const flagged = dates.filter((d) => d.flags.length > 0);
  lines.push('');
  const count = `${dates.length} ${dates.length === 1 ? 'datum' : 'data'}`;
  if (flagged.length === 0) {
    lines.push(`${count}, geen daarvan op een feestdag of in de carnaval.`);
  } else {
    const which = flagged.length === 1 ? '1 datum valt' : `${flagged.length} data vallen`;
    lines.push(`${count}. Let op: ${which} op een feestdag of in de carnaval:`);
    for (const d of flagged)
      lines.push(`  - ${formatDate(d.date)}: ${d.flags.map(flagText).join(', ')}`);
    lines.push('Verplaats of schrap die zo nodig (de planning markeert ze alleen).');
  }
  return `${lines.join('\n')}\n`;
}
