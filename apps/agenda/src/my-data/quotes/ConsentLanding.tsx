import { FormErrorSummary, LoadingState, readApiError } from '../../common/web-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { texts } from '../../texts';

const t = texts.myQuotes;

/**
 * What a consent link from a mail opens: the exact text and its report, and the two buttons.
 * Looking spends nothing; a button (a POST) spends the link, records the choice for this text
 * and opens the person's page.
 */
export function ConsentLanding({
  token,
  onDone,
  onRestart,
}: {
  token: string;
  onDone: (message: string) => void;
  /** Leaves a link that did not work, for the page (and its form that mails a new link). */
  onRestart: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const view = useQuery({ ...trpc.participant.consentLink.queryOptions({ token }), retry: false });
  const decide = useMutation(
    trpc.participant.decideByLink.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() });
        onDone(t.linkDone(result.statusLabel));
      },
    }),
  );
  const failed = view.error ?? decide.error;
  return (
    <section aria-labelledby="consent-link-title" className="panel">
      <h2 id="consent-link-title">{t.linkTitle}</h2>
      {view.isPending ? (
        <LoadingState lines={2} />
      ) : failed || !view.data ? (
        <div className="link-form">
          <FormErrorSummary messages={[readApiError(failed).message]} />
          <button type="button" className="button" onClick={onRestart}>
            {texts.myData.newLink}
          </button>
        </div>
      ) : (
        <>
          <p>{t.linkLead(view.data.reportTitle)}</p>
          <p className="item__meta">{view.data.kindLabel}</p>
          <blockquote>{view.data.text}</blockquote>
          <p className="small muted">{t.linkHint}</p>
          <div className="link-form">
            <button
              type="button"
              className="button"
              disabled={decide.isPending}
              onClick={() => decide.mutate({ token, decision: 'give' })}
            >
              {t.give}
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              disabled={decide.isPending}
              onClick={() => decide.mutate({ token, decision: 'refuse' })}
            >
              {t.refuse}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
