import type { SeriesView } from '../api/api-types';
import { texts } from '../texts';
import type { AgendaFilters } from './agenda-filters';

/**
 * The series a visitor can filter on: every series with sessions (`catalogue.series`), plus the one
 * already chosen if it is unknown (an outdated link), so the select never loses its value.
 *
 * @example seriesOptions(series, 'jamsessies-vvlg') // [{ slug: 'jamsessies-vvlg', title: 'Jamsessies …' }]
 */
export function seriesOptions(
  series: readonly Pick<SeriesView, 'slug' | 'title'>[],
  chosen: string | null,
): { slug: string; title: string }[] {
  const options = series.map(({ slug, title }) => ({ slug, title }));
  if (chosen && !options.some((option) => option.slug === chosen)) {
    options.push({ slug: chosen, title: chosen });
  }
  return options;
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
