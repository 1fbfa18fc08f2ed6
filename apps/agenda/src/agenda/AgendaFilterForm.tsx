import type { ChangeEvent } from 'react';
import type { MovementView, ThemeView } from '../api/api-types';
import { texts } from '../texts';
import {
  AGENDA_KINDS,
  hasNarrowingFilters,
  type AgendaFilters,
  type AgendaKind,
} from './agenda-filters';

/** Props of {@link AgendaFilterForm}. */
export type AgendaFilterFormProps = {
  filters: AgendaFilters;
  themes: readonly ThemeView[];
  movements: readonly MovementView[];
  series: readonly { slug: string; title: string }[];
  years: readonly number[];
  onChange: (next: AgendaFilters) => void;
};

const UPCOMING = 'binnenkort';
const PAST = 'eerder';

function periodValue(filters: AgendaFilters): string {
  if (filters.year !== null) return String(filters.year);
  return filters.past ? PAST : UPCOMING;
}

/**
 * The agenda's filters as plain selects. A change updates the address (and so the list)
 * at once; the list is updated in place, which is no change of context for assistive
 * technology, and a live region announces the new count.
 */
export function AgendaFilterForm({
  filters,
  themes,
  movements,
  series,
  years,
  onChange,
}: AgendaFilterFormProps) {
  const slugOrNull = (event: ChangeEvent<HTMLSelectElement>) => event.target.value || null;

  function changePeriod(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.target.value;
    if (value === UPCOMING) onChange({ ...filters, year: null, past: false });
    else if (value === PAST) onChange({ ...filters, year: null, past: true });
    else onChange({ ...filters, year: Number(value), past: false });
  }

  return (
    <form
      className="filters"
      aria-labelledby="filters-title"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="filters-title" className="filters__title">
        {texts.agenda.filtersTitle}
      </h2>
      <div className="filters__grid">
        <div className="filters__field">
          <label htmlFor="filter-periode">{texts.agenda.period}</label>
          <select id="filter-periode" value={periodValue(filters)} onChange={changePeriod}>
            <option value={UPCOMING}>{texts.agenda.periodUpcoming}</option>
            <option value={PAST}>{texts.agenda.periodPast}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {texts.agenda.periodYear(year)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="filter-thema">{texts.agenda.theme}</label>
          <select
            id="filter-thema"
            value={filters.theme ?? ''}
            onChange={(event) => onChange({ ...filters, theme: slugOrNull(event) })}
          >
            <option value="">{texts.agenda.all}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="filter-beweging">{texts.agenda.movement}</label>
          <select
            id="filter-beweging"
            value={filters.movement ?? ''}
            onChange={(event) => onChange({ ...filters, movement: slugOrNull(event) })}
          >
            <option value="">{texts.agenda.all}</option>
            {movements.map((movement) => (
              <option key={movement.slug} value={movement.slug}>
                {movement.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="filter-soort">{texts.agenda.kind}</label>
          <select
            id="filter-soort"
            value={filters.kind ?? ''}
            onChange={(event) =>
              onChange({ ...filters, kind: (event.target.value || null) as AgendaKind | null })
            }
          >
            <option value="">{texts.agenda.all}</option>
            {AGENDA_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {texts.agenda.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="filter-reeks">{texts.agenda.series}</label>
          <select
            id="filter-reeks"
            value={filters.series ?? ''}
            onChange={(event) => onChange({ ...filters, series: slugOrNull(event) })}
          >
            <option value="">{texts.agenda.all}</option>
            {series.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      {hasNarrowingFilters(filters) ? (
        <button
          type="button"
          className="button button--link"
          onClick={() =>
            onChange({ ...filters, theme: null, movement: null, kind: null, series: null })
          }
        >
          {texts.agenda.clearFilters}
        </button>
      ) : null}
    </form>
  );
}
