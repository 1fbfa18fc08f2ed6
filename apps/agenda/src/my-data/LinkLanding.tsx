import { FormErrorSummary, readApiError } from '../common/web-kit';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

const t = texts.myData;

/**
 * What a one-time link from a mail opens: one button that spends it (a POST, so a mail
 * scanner fetching the page spends nothing). Signing in or confirming a dilemma sets the
 * page's own cookie; then the overview shows.
 */
export function LinkLanding({
  purpose,
  token,
  onDone,
  onRestart,
}: {
  purpose: 'sign_in' | 'confirm_dilemma';
  token: string;
  onDone: (confirmed: boolean) => void;
  /** Leaves a link that did not work, for the form that mails a new one. */
  onRestart: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() });
    onDone(purpose === 'confirm_dilemma');
  };
  const signIn = useMutation(trpc.participant.signIn.mutationOptions({ onSuccess }));
  const confirm = useMutation(trpc.participant.confirmDilemma.mutationOptions({ onSuccess }));
  const use = purpose === 'sign_in' ? signIn : confirm;
  return (
    <section aria-labelledby="link-title" className="panel">
      <h2 id="link-title">{t.linkTitle[purpose]}</h2>
      <p>{t.linkText[purpose]}</p>
      {use.isError ? (
        <div className="link-form">
          <FormErrorSummary messages={[readApiError(use.error).message]} />
          <button type="button" className="button" onClick={onRestart}>
            {t.newLink}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          disabled={use.isPending}
          onClick={() => use.mutate({ token })}
        >
          {t.linkButton[purpose]}
        </button>
      )}
    </section>
  );
}
