import { isNotFound } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateRange } from '@jamsessie/domain';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeader } from '../common/PageHeader';
import { texts } from '../texts';
import { DayCard } from './DayCard';
import { EditionVideoForm } from './EditionVideoForm';

/** One edition of the week: a card per sector day with its programme and links. */
export function WeekEditionPage({ editionId }: { editionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.admin.week.editions.get.queryOptions({ id: editionId }));
  const organisations = useQuery(trpc.admin.organisations.list.queryOptions({}));
  const generate = useMutation(
    trpc.admin.week.days.generate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.week.pathKey() }),
    }),
  );
  if (detail.isPending) return <LoadingState lines={4} />;
  if (detail.isError) {
    if (isNotFound(detail.error)) return <NotFoundPage />;
    return (
      <ErrorState
        message={readApiError(detail.error).message}
        onRetry={() => void detail.refetch()}
      />
    );
  }
  const { edition, days } = detail.data;
  const orgs = (organisations.data ?? []).map((o) => ({ id: o.id, label: o.name }));
  return (
    <div className="page">
      <PageHeader
        eyebrow={texts.week.eyebrow(edition.year)}
        title={edition.title}
        lead={`${formatDateRange(edition.startsOn, edition.endsOn)}${edition.location ? ` · ${edition.location}` : ''}${edition.motto ? ` · „${edition.motto}”` : ''}`}
      />
      <EditionVideoForm key={`${edition.id}-${edition.version}`} edition={edition} />
      {days.length === 0 ? (
        <div className="card">
          <p>{texts.week.noDays}</p>
          {generate.isError ? (
            <p className="notice notice--error" role="alert">
              {readApiError(generate.error).message}
            </p>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            disabled={generate.isPending}
            onClick={() => generate.mutate({ editionId: edition.id })}
          >
            {texts.week.generateDays}
          </button>
        </div>
      ) : (
        <div className="stack">
          {days.map(({ day, items }) => (
            <DayCard key={day.id} day={day} items={items} organisations={orgs} />
          ))}
        </div>
      )}
    </div>
  );
}
