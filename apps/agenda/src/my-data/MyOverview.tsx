import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';
import { HerkenbaarSection } from './HerkenbaarSection';
import { MyDataActions } from './MyDataActions';
import { MyDilemmaItem } from './MyDilemmaItem';
import { MyContactSharing } from './MyContactSharing';
import { MyPersonalAgenda } from './MyPersonalAgenda';
import { MyQuotes } from './quotes/MyQuotes';

const t = texts.myData;

/** The page after signing in: Mijn vragen, Abonnementen, download and erasure. */
export function MyOverview({ onErased }: { onErased: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() });
  const overview = useQuery(trpc.participant.mine.overview.queryOptions());
  const signOut = useMutation(trpc.participant.signOut.mutationOptions({ onSuccess: refresh }));
  const end = useMutation(
    trpc.participant.mine.endSubscription.mutationOptions({ onSuccess: refresh }),
  );
  if (overview.isPending) return <LoadingState lines={3} />;
  if (overview.isError) {
    return (
      <ErrorState
        message={readApiError(overview.error).message}
        onRetry={() => void overview.refetch()}
      />
    );
  }
  const { email, dilemmas, subscriptions } = overview.data;
  return (
    <div className="my-data">
      <p>
        {t.signedInAs(email)}{' '}
        <button type="button" className="button button--secondary" onClick={() => signOut.mutate()}>
          {t.signOut}
        </button>
      </p>
      <section aria-labelledby="my-dilemmas">
        <h2 id="my-dilemmas">{t.dilemmasTitle}</h2>
        {dilemmas.length === 0 ? (
          <p className="muted">{t.noDilemmas}</p>
        ) : (
          <ul className="my-list">
            {dilemmas.map((dilemma) => (
              <MyDilemmaItem key={`${dilemma.id}-${dilemma.version}`} dilemma={dilemma} />
            ))}
          </ul>
        )}
      </section>
      <HerkenbaarSection />
      <MyQuotes />
      <section aria-labelledby="my-subscriptions">
        <h2 id="my-subscriptions">{t.subscriptionsTitle}</h2>
        {subscriptions.length === 0 ? (
          <p className="muted">{t.noSubscriptions}</p>
        ) : (
          <ul>
            {subscriptions.map((s) => (
              <li key={s.id}>
                {s.about}
                {s.confirmed ? null : t.subscriptionPending}{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={end.isPending}
                  onClick={() => end.mutate({ id: s.id })}
                >
                  {t.endSubscription(s.about)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <MyContactSharing />
      <MyPersonalAgenda />
      <MyDataActions onErased={onErased} />
    </div>
  );
}
