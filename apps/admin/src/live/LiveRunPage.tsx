import { isNotFound, Link } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClosingReaction, NoteDraft } from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { actionEvent } from './action-event';
import type { ElasticChoice } from './ElasticPanel';
import { FullscreenButton } from './FullscreenButton';
import { LiveBoard } from './LiveBoard';
import { OwnerCuePanel } from './OwnerCuePanel';
import { SharePanel } from './SharePanel';
import type { ShortcutAction } from './shortcuts';
import { useDraftSaver } from './use-draft-saver';
import { useNow } from './use-now';
import { useRunDispatch } from './use-run-dispatch';

/**
 * The facilitator's full-screen view of a live session. The run's state lives in the API:
 * every action is sent with the run's version and the answer replaces the local copy, so a
 * reload (or a second device) shows the same step, and note text typed but not added; the countdown is derived from that state
 * and the clock, corrected by the server's time.
 */
export function LiveRunPage({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useQuery(trpc.admin.sessions.get.queryOptions({ id: sessionId }));
  const runKey = trpc.admin.protocol.get.queryKey({ sessionId });
  const run = useQuery({
    ...trpc.admin.protocol.get.queryOptions({ sessionId }),
    // Another facilitator's device may act too: look again now and then.
    refetchInterval: 15_000,
  });
  // The whole questions (the run keeps only short titles): the facilitator reads them all.
  const dilemmas = useQuery(trpc.admin.dilemmas.list.queryOptions({ sessionId }));
  const questions = new Map(
    (dilemmas.data ?? []).map(({ dilemma }) => [
      dilemma.id,
      { text: dilemma.text, followUpQuestions: dilemma.followUpQuestions },
    ]),
  );
  const [actionError, setActionError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const title = session.data?.session.title ?? texts.live.pageTitle;
  useDocumentTitle(`${texts.live.pageTitle}: ${title}`);
  const offsetMs = run.data ? Date.parse(run.data.serverTime) - run.dataUpdatedAt : 0;
  const now = useNow(offsetMs);

  const onSettledView = {
    onMutate: () => queryClient.cancelQueries({ queryKey: runKey }),
    onSuccess: (view: NonNullable<typeof run.data>) => {
      queryClient.setQueryData(runKey, view);
    },
  };
  const open = useMutation(trpc.admin.protocol.start.mutationOptions(onSettledView));
  const { send, busy } = useRunDispatch(sessionId);
  const drafts = useDraftSaver(saveDraft);

  // A draft the server refuses because the step was left meanwhile (another device pressed
  // "next") is added as a note of that step instead: typed text is never dropped.
  function saveDraft(draft: NoteDraft) {
    void send({ type: 'saveNoteDraft', ...draft }, { background: true }).then((problem) => {
      if (problem?.domainCode === 'PROTOCOL.NOT_CURRENT_STEP' && draft.text.trim() !== '') {
        void send({ type: 'addNote', ...draft, text: draft.text.trim() }).then((again) =>
          setNoteError(again?.message ?? null),
        );
      } else if (problem) setNoteError(problem.message);
    });
  }

  function onAction(action: ShortcutAction | 'finish') {
    const current = run.data;
    if (!current || busy) return;
    const at = new Date(Date.now() + offsetMs).toISOString();
    const event = actionEvent(action, current.state, at);
    if (!event) return;
    setActionError(null);
    // Text still waiting to be saved goes first, so leaving the step keeps it as a note.
    drafts.flush();
    void send(event).then((problem) => setActionError(problem?.message ?? null));
  }

  function onElastic(choice: ElasticChoice) {
    setActionError(null);
    const at = new Date(Date.now() + offsetMs).toISOString();
    void send({ ...choice, at }).then((problem) => setActionError(problem?.message ?? null));
  }

  async function onAddNote(note: NoteDraft): Promise<boolean> {
    setNoteError(null);
    // The note is the pending text: saving that as a draft after it would add it twice.
    drafts.cancel();
    const problem = await send({ type: 'addNote', ...note });
    setNoteError(problem?.message ?? null);
    return problem === null;
  }

  async function onAddReaction(reaction: ClosingReaction): Promise<boolean> {
    setNoteError(null);
    const problem = await send({ type: 'addReaction', ...reaction });
    setNoteError(problem?.message ?? null);
    return problem === null;
  }

  if (run.isPending || session.isPending) return <LoadingState lines={3} />;
  const failed = run.error ?? session.error;
  if (failed) {
    if (isNotFound(failed)) return <NotFoundPage />;
    return <ErrorState message={readApiError(failed).message} onRetry={() => void run.refetch()} />;
  }

  return (
    <div className="live">
      <div className="live-top">
        <div>
          <p className="live-top__eyebrow">
            <Link href={paths.session(sessionId)}>{texts.common.back}</Link>
          </p>
          <h1>{texts.live.sessionEyebrow(title)}</h1>
        </div>
        <div className="live-top__actions">
          <FullscreenButton />
          {run.data?.viewToken ? <SharePanel token={run.data.viewToken} /> : null}
        </div>
      </div>
      {run.data ? (
        <LiveBoard
          state={run.data.state}
          now={now}
          busy={busy}
          error={actionError}
          noteError={noteError}
          onAction={onAction}
          onFinish={() => onAction('finish')}
          onAddNote={onAddNote}
          onDraft={drafts.schedule}
          onAddReaction={onAddReaction}
          onElastic={onElastic}
          questions={questions}
        />
      ) : null}
      {run.data ? <OwnerCuePanel sessionId={sessionId} state={run.data.state} /> : null}
      {run.data ? null : (
        <section className="phase-panel" aria-labelledby="open-title">
          <h2 id="open-title">{texts.live.inventoryTitle}</h2>
          <p>{texts.live.notOpenedIntro}</p>
          {open.isError ? (
            <p className="notice notice--error" role="alert">
              {readApiError(open.error).message}
            </p>
          ) : null}
          <div className="row">
            <button
              type="button"
              className="button button--primary button--large"
              disabled={open.isPending}
              onClick={() => open.mutate({ sessionId })}
            >
              {open.isPending ? texts.live.opening : texts.live.open}
            </button>
            <Link href={paths.inventory(sessionId)}>{texts.live.toInventory}</Link>
          </div>
        </section>
      )}
    </div>
  );
}
