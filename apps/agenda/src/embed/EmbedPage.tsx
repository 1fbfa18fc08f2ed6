import { useLocation } from '@jamsessie/web';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { parseFilters } from '../agenda/agenda-filters';
import { AgendaList } from '../agenda/AgendaList';
import { useAgenda } from '../agenda/use-agenda';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { serializeFilters } from '../agenda/agenda-filters';

/** How many items the compact embedded list shows. */
const EMBED_LIMIT = 6;

/**
 * The agenda for an iframe on another site (`/embed?thema=open-deuren`): a compact list
 * without header or footer; every link opens in a new tab.
 */
export function EmbedPage() {
  const { search } = useLocation();
  const filters = parseFilters(search);
  const agenda = useAgenda(filters, 1);
  useDocumentTitle(texts.embed.title);
  return (
    <main className="embed">
      <h1 className="embed__title">{texts.embed.title}</h1>
      {agenda.status === 'pending' ? (
        <LoadingState lines={3} />
      ) : agenda.status === 'error' ? (
        <ErrorState message={readApiError(agenda.error).message} onRetry={agenda.retry} />
      ) : agenda.items.length === 0 ? (
        <p>{texts.agenda.emptyUpcoming}</p>
      ) : (
        <AgendaList
          items={agenda.items.slice(0, EMBED_LIMIT)}
          themes={agenda.themes}
          linkTarget="newTab"
        />
      )}
      <p className="embed__more">
        <a href={`${paths.agenda()}${serializeFilters(filters)}`} target="_blank" rel="noopener">
          {texts.embed.more} <span className="visually-hidden">{texts.common.opensInNewTab}</span>
        </a>
      </p>
    </main>
  );
}
