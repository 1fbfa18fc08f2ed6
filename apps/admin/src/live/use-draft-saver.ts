import type { NoteDraft } from '@jamsessie/domain';
import { useEffect, useRef } from 'react';

/** How long typing must pause before the text is saved in the run. */
export const DRAFT_DELAY_MS = 600;

/**
 * Saves note text while the facilitator types, once typing pauses ({@link DRAFT_DELAY_MS}).
 * `flush` saves what is pending at once (before leaving the step), `cancel` forgets it (the
 * note was added). Leaving the page saves it too.
 *
 * @example const drafts = useDraftSaver((d) => send({ type: 'saveNoteDraft', ...d }));
 */
export function useDraftSaver(save: (draft: NoteDraft) => void) {
  const pending = useRef<NoteDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saver = useRef(save);
  useEffect(() => {
    saver.current = save;
  }, [save]);

  function stopTimer() {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }
  function flush() {
    stopTimer();
    const draft = pending.current;
    pending.current = null;
    if (draft) saver.current(draft);
  }
  function schedule(draft: NoteDraft) {
    pending.current = draft;
    stopTimer();
    timer.current = setTimeout(flush, DRAFT_DELAY_MS);
  }
  function cancel() {
    stopTimer();
    pending.current = null;
  }
  // The page may close (navigation within the app) with text pending: save it on the way out.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => flushRef.current(), []);

  return { schedule, flush, cancel };
}
