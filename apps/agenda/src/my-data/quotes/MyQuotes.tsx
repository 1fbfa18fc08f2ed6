import { ErrorState, LoadingState, readApiError } from '../../common/web-kit';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { texts } from '../../texts';
import { MyQuoteItem } from './MyQuoteItem';

const t = texts.myQuotes;

/** "Citaten en reacties": every text of the participant's that a report uses or wants to use. */
export function MyQuotes() {
  const trpc = useTRPC();
  const items = useQuery(trpc.participant.mine.consentItems.queryOptions());
  return (
    <section aria-labelledby="my-quotes">
      <h2 id="my-quotes">{t.title}</h2>
      <p>{t.lead}</p>
      {items.isPending ? (
        <LoadingState lines={2} />
      ) : items.isError ? (
        <ErrorState
          message={readApiError(items.error).message}
          onRetry={() => void items.refetch()}
        />
      ) : items.data.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="my-list">
          {items.data.map((item) => (
            <MyQuoteItem
              key={`${item.reportId}-${item.kind}-${item.subjectId}-${item.text}`}
              item={item}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
