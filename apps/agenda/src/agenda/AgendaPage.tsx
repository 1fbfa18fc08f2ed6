import { currentOrigin, navigate, useLocation } from '@jamsessie/web';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { eventsDocument, sessionEvent } from '../common/event-jsonld';
import { JsonLd } from '../common/JsonLd';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { useMovements, useSeries } from '../data/use-catalogue';
import {
  hasNarrowingFilters,
  parseFilters,
  serializeFilters,
  type AgendaFilters,
} from './agenda-filters';
import { agendaHeading, seriesOptions } from './agenda-page.helpers';
import { AgendaFilterForm } from './AgendaFilterForm';
import { AgendaList } from './AgendaList';
import { SubscribePanel } from './SubscribePanel';
import { agendaYears, useAgenda } from './use-agenda';

/**
 * The agenda (the first view): filters from the URL, sessions and week programmes by month,
 * subscriptions, and schema.org events for the sessions shown.
 */
export function AgendaPage() {
  const { search } = useLocation();
  const filters = parseFilters(search);
  const [pages, setPages] = useState(1);
  const agenda = useAgenda(filters, pages);
  const movements = useMovements();
  const allSeries = useSeries();
  const heading = agendaHeading(filters);
  useDocumentTitle(heading);

  const change = (next: AgendaFilters) => {
    setPages(1);
    navigate(`${paths.agenda()}${serializeFilters(next)}`);
  };
  const series = seriesOptions(allSeries.data ?? [], filters.series);
  const events = agenda.sessions.map((entry) => sessionEvent(entry, currentOrigin()));

  return (
    <>
      <div className="page-intro">
        <h1>{heading}</h1>
        <p className="lead">{texts.agenda.intro}</p>
      </div>
      <div className="agenda-layout">
        <div className="agenda-layout__main">
          <AgendaFilterForm
            filters={filters}
            themes={agenda.themes}
            movements={movements.data ?? []}
            series={series}
            years={agendaYears(agenda.editionYears, new Date().toISOString())}
            onChange={change}
          />
          <p className="result-count" role="status" aria-live="polite">
            {agenda.status === 'success' ? texts.agenda.count(agenda.items.length) : ''}
          </p>
          {agenda.status === 'pending' ? (
            <LoadingState lines={4} />
          ) : agenda.status === 'error' ? (
            <ErrorState message={readApiError(agenda.error).message} onRetry={agenda.retry} />
          ) : agenda.items.length === 0 ? (
            <EmptyAgenda filters={filters} onChange={change} />
          ) : (
            <div
              aria-busy={agenda.refreshing}
              className={agenda.refreshing ? 'is-refreshing' : undefined}
            >
              <AgendaList items={agenda.items} themes={agenda.themes} />
              {agenda.hasMore ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setPages(pages + 1)}
                >
                  {texts.agenda.loadMore}
                </button>
              ) : null}
            </div>
          )}
        </div>
        <SubscribePanel
          filters={filters}
          themes={agenda.themes}
          seriesTitle={series.find((s) => s.slug === filters.series)?.title ?? null}
        />
      </div>
      {events.length > 0 ? <JsonLd data={eventsDocument(events)} /> : null}
    </>
  );
}

function EmptyAgenda({
  filters,
  onChange,
}: {
  filters: AgendaFilters;
  onChange: (next: AgendaFilters) => void;
}) {
  const narrowed = hasNarrowingFilters(filters);
  return (
    <div className="empty">
      <h2>{texts.agenda.emptyTitle}</h2>
      <p>{narrowed ? texts.agenda.emptyFiltered : texts.agenda.emptyUpcoming}</p>
      {!narrowed && filters.year === null ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ ...filters, past: !filters.past })}
        >
          {filters.past ? texts.agenda.showUpcoming : texts.agenda.showPast}
        </button>
      ) : null}
    </div>
  );
}
