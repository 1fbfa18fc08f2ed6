import { useState, type FormEvent } from 'react';
import type { KeywordView, ThemeView } from '../api/api-types';
import { texts } from '../texts';
import type { ReportFilters } from './report-filters';

/** Props of {@link ReportSearchForm}. */
export type ReportSearchFormProps = {
  filters: ReportFilters;
  themes: readonly ThemeView[];
  keywords: readonly KeywordView[];
  onChange: (next: ReportFilters) => void;
  /** The search field's label (the reports' by default); the tips bank names its own. */
  searchLabel?: string;
  /** Prefix of the fields' ids, unique per page. */
  idPrefix?: string;
};

/**
 * Search (Dutch full text on the server) and the theme and keyword filters. The search runs
 * on submit; a filter applies as soon as it is chosen. Every change starts at page 1.
 */
export function ReportSearchForm({
  filters,
  themes,
  keywords,
  onChange,
  searchLabel = texts.reports.search,
  idPrefix = 'verslagen',
}: ReportSearchFormProps) {
  const [q, setQ] = useState(filters.q);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...filters, q: q.trim(), page: 1 });
  };
  return (
    <form className="filters" role="search" aria-label={searchLabel} onSubmit={submit}>
      <div className="search-row">
        <div className="filters__field search-row__input">
          <label htmlFor={`${idPrefix}-zoek`}>{searchLabel}</label>
          <input
            id={`${idPrefix}-zoek`}
            type="search"
            name="zoek"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {texts.reports.searchButton}
        </button>
      </div>
      <div className="filters__grid filters__grid--two">
        <div className="filters__field">
          <label htmlFor={`${idPrefix}-thema`}>{texts.reports.theme}</label>
          <select
            id={`${idPrefix}-thema`}
            value={filters.theme ?? ''}
            onChange={(event) =>
              onChange({ ...filters, q, theme: event.target.value || null, page: 1 })
            }
          >
            <option value="">{texts.reports.all}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={`${idPrefix}-trefwoord`}>{texts.reports.keyword}</label>
          <select
            id={`${idPrefix}-trefwoord`}
            value={filters.keyword ?? ''}
            onChange={(event) =>
              onChange({ ...filters, q, keyword: event.target.value || null, page: 1 })
            }
          >
            <option value="">{texts.reports.all}</option>
            {keywords.map((keyword) => (
              <option key={keyword.slug} value={keyword.slug}>
                {keyword.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {filters.q || filters.theme || filters.keyword ? (
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            setQ('');
            onChange({ q: '', theme: null, keyword: null, page: 1 });
          }}
        >
          {texts.reports.clear}
        </button>
      ) : null}
    </form>
  );
}
