import type { AgendaEntry } from '../api/api-types';
import { texts } from '../texts';
import type { AgendaFilters } from './agenda-filters';

/**
 * The series a visitor can filter on: those in the loaded sessions, plus the one already
 * chosen (so the select never loses its value).
 *
 * @example seriesOptions(sessions, 'jamsessies-vvlg') // [{ slug: 'jamsessies-vvlg', title: 'Jamsessies …' }]
 */
export function seriesOptions(
  sessions: readonly AgendaEntry[],
  chosen: string | null,
): { slug: string; title: string }[] {
  const bySlug = new Map<string, string>();
  for (const entry of sessions) {
    if (entry.seriesSlug && entry.seriesTitle) bySlug.set(entry.seriesSlug, entry.seriesTitle);
  }
  if (chosen && !bySlug.has(chosen)) bySlug.set(chosen, chosen);
  return [...bySlug].map(([slug, title]) => ({ slug, title }));
}

/**
 * The page's heading and tab title for the chosen period.
 *
 * @example agendaHeading({ ...noFilters, year: 2025 }) // 'Agenda 2025'
 */
export function agendaHeading(filters: AgendaFilters): string {
  if (filters.year !== null) return texts.agenda.titleYear(filters.year);
  return filters.past ? texts.agenda.titlePast : texts.agenda.title;
}
