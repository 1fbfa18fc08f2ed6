import { Link, navigate, useLocation } from '@jamsessie/web';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  formatSessionTime,
  sessionStatusLabels,
  toLocalParts,
  type SessionStatus,
} from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { ErrorState, Field, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { PageHeader } from '../common/PageHeader';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { readSessionFilters, sessionFiltersQuery, type SessionFilters } from './session-filters';
import { StatusTag } from './StatusTag';

/** Every session of a year with its status, dilemmas, run and report, filterable by URL. */
export function SessionsPage() {
  const trpc = useTRPC();
  const { search } = useLocation();
  const thisYear = Number(toLocalParts(new Date().toISOString()).date.slice(0, 4));
  const filters = readSessionFilters(search, thisYear);
  const list = useQuery({
    ...trpc.admin.sessions.list.queryOptions({
      year: filters.year,
      ...(filters.status ? { status: [filters.status] } : {}),
      ...(filters.q ? { q: filters.q } : {}),
      page: filters.page,
      pageSize: 20,
    }),
    placeholderData: keepPreviousData,
  });
  const go = (next: SessionFilters) =>
    navigate(`${paths.sessions()}${sessionFiltersQuery(next, thisYear)}`);

  return (
    <div className="page">
      <PageHeader title={texts.sessions.title} lead={texts.sessions.lead} />
      <FilterForm key={search} filters={filters} onApply={go} />
      {list.isPending ? (
        <LoadingState lines={4} />
      ) : list.isError ? (
        <ErrorState
          message={readApiError(list.error).message}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <>
          <p className="muted" role="status">
            {texts.sessions.count(list.data.total)}
          </p>
          {list.data.items.length === 0 ? (
            <p className="notice notice--info">{texts.sessions.none}</p>
          ) : (
            <ul className="item-list">
              {list.data.items.map((s) => (
                <li key={s.id} className="item">
                  <div className="item__main">
                    <h2 className="item__title">
                      <Link href={paths.session(s.id)}>{s.title}</Link>
                    </h2>
                    <p className="item__meta">{formatSessionTime(s.startsAt, s.endsAt)}</p>
                    <p className="item__meta row">
                      <StatusTag status={s.status} />
                      <span>{texts.sessions.dilemmas(s.dilemmaCount)}</span>
                      {s.hasRun ? <span className="tag">{texts.sessions.hasRun}</span> : null}
                      {s.reportId ? <span className="tag">{texts.sessions.hasReport}</span> : null}
                    </p>
                  </div>
                  <div className="item__actions">
                    <Link
                      className="button button--secondary button--small"
                      href={paths.inventory(s.id)}
                    >
                      {texts.sessions.inventory}
                      <span className="visually-hidden">: {s.title}</span>
                    </Link>
                    <Link
                      className="button button--secondary button--small"
                      href={paths.live(s.id)}
                    >
                      {texts.sessions.live}
                      <span className="visually-hidden">: {s.title}</span>
                    </Link>
                    <Link className="button button--ghost button--small" href={paths.report(s.id)}>
                      {texts.sessions.report}
                      <span className="visually-hidden">: {s.title}</span>
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {list.data.pageCount > 1 ? (
            <nav className="pager" aria-label={texts.sessions.pagingLabel}>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={filters.page <= 1}
                onClick={() => go({ ...filters, page: filters.page - 1 })}
              >
                {texts.sessions.prev}
              </button>
              <span>{texts.sessions.page(list.data.page, list.data.pageCount)}</span>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={filters.page >= list.data.pageCount}
                onClick={() => go({ ...filters, page: filters.page + 1 })}
              >
                {texts.sessions.next}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}

function FilterForm({
  filters,
  onApply,
}: {
  filters: SessionFilters;
  onApply: (filters: SessionFilters) => void;
}) {
  const id = useId();
  const [year, setYear] = useState(String(filters.year));
  const [status, setStatus] = useState<string>(filters.status ?? '');
  const [q, setQ] = useState(filters.q);
  function submit(event: FormEvent) {
    event.preventDefault();
    const y = Number(year);
    onApply({
      year: Number.isInteger(y) ? y : filters.year,
      status: (status || null) as SessionStatus | null,
      q,
      page: 1,
    });
  }
  return (
    <form
      className="filters card"
      onSubmit={submit}
      role="search"
      aria-label={texts.sessions.filterLegend}
    >
      <Field id={`${id}-year`} label={texts.sessions.year}>
        <input
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
      </Field>
      <Field id={`${id}-status`} label={texts.sessions.status}>
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{texts.sessions.allStatuses}</option>
          {(Object.keys(sessionStatusLabels) as SessionStatus[]).map((s) => (
            <option key={s} value={s}>
              {sessionStatusLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-q`} label={texts.sessions.search}>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </Field>
      <button type="submit" className="button button--primary">
        {texts.sessions.apply}
      </button>
    </form>
  );
}
