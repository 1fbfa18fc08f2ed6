import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProtocolEvent } from '@jamsessie/domain';
import { isConflict, type ApiProblem } from '@jamsessie/web';
import { useRef } from 'react';
import { readApiError } from '../common/web-kit';
import type { Outputs } from '../api/api-types';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

type RunView = NonNullable<Outputs['admin']['protocol']['get']>;

/** What {@link useRunDispatch} gives the live page. */
export type RunDispatch = {
  /** Sends an event after every earlier one; resolves to the refusal, or null when applied. */
  send: (event: ProtocolEvent, options?: { background?: boolean }) => Promise<ApiProblem | null>;
  /** True while a facilitator's action (not a background draft save) is on its way. */
  busy: boolean;
};

/**
 * Sends protocol events of one run, one after the other: each waits for the one before and
 * goes out with the version the server returned last, so a draft saved while typing and the
 * "next" that follows it never race (the server would refuse the second as stale). Draft
 * saves run in the background: they do not disable the buttons.
 *
 * @example const { send } = useRunDispatch(sessionId); await send({ type: 'next', at });
 */
export function useRunDispatch(sessionId: string): RunDispatch {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const runKey = trpc.admin.protocol.get.queryKey({ sessionId });
  const options = {
    onMutate: () => queryClient.cancelQueries({ queryKey: runKey }),
    onSuccess: (view: RunView) => {
      queryClient.setQueryData(runKey, view);
    },
  };
  const action = useMutation(trpc.admin.protocol.dispatch.mutationOptions(options));
  const background = useMutation(trpc.admin.protocol.dispatch.mutationOptions(options));
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  async function sendNow(event: ProtocolEvent, isBackground: boolean) {
    const current = queryClient.getQueryData(runKey);
    if (!current) return null;
    const mutation = isBackground ? background : action;
    try {
      await mutation.mutateAsync({ sessionId, version: current.run.version, event });
      return null;
    } catch (error) {
      const problem = readApiError(error);
      if (isConflict(error)) {
        await queryClient.invalidateQueries({ queryKey: runKey });
        return { ...problem, message: texts.live.staleRun };
      }
      return problem;
    }
  }

  function send(event: ProtocolEvent, options: { background?: boolean } = {}) {
    const task = queue.current.then(() => sendNow(event, options.background === true));
    queue.current = task.catch(() => null);
    return task;
  }

  return { send, busy: action.isPending };
}
