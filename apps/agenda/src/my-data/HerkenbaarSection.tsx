import { StatusLine } from '@jamsessie/web';
import { QueryState, readApiError } from '../common/web-kit';
import { formatDateTime } from '@jamsessie/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

const t = texts.herkenbaar;

/**
 * "Herkenbaar?" on the participant's own page: the neutral titles of the questions of the
 * coming sessions they take part in, each with a box to tick when they recognise it. Their
 * own ticks only; nobody's counts.
 */
export function HerkenbaarSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.participant.mine.herkenbaar.list.queryOptions());
  const [status, setStatus] = useState<string | null>(null);
  // The box follows a tick at once; the list's answer catches up after the save.
  const [ticked, setTicked] = useState<Readonly<Record<string, boolean>>>({});
  const mark = useMutation(
    trpc.participant.mine.herkenbaar.mark.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({ queryKey: trpc.participant.mine.herkenbaar.pathKey() }),
      onError: (error, input) => {
        setTicked((current) => {
          const next = { ...current };
          delete next[input.dilemmaId];
          return next;
        });
        setStatus(readApiError(error).message);
      },
    }),
  );
  return (
    <section aria-labelledby="herkenbaar">
      <h2 id="herkenbaar">{t.title}</h2>
      <p>{t.intro}</p>
      {list.isPending || list.isError ? (
        <QueryState query={list} lines={2} />
      ) : list.data.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        list.data.map((session) => (
          <fieldset key={session.sessionId} className="panel herkenbaar">
            <legend>{t.legend(session.title, formatDateTime(session.startsAt))}</legend>
            {session.items.length === 0 ? (
              <p className="muted">{t.noItems}</p>
            ) : (
              <ul className="herkenbaar__list">
                {session.items.map((item) => (
                  <li key={item.dilemmaId}>
                    <label>
                      <input
                        type="checkbox"
                        checked={ticked[item.dilemmaId] ?? item.marked}
                        disabled={mark.isPending}
                        onChange={(event) => {
                          const herkenbaar = event.target.checked;
                          setTicked((current) => ({ ...current, [item.dilemmaId]: herkenbaar }));
                          mark.mutate(
                            { dilemmaId: item.dilemmaId, herkenbaar },
                            { onSuccess: () => setStatus(t.saved(item.title, herkenbaar)) },
                          );
                        }}
                      />{' '}
                      {item.title}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        ))
      )}
      <StatusLine status={status} />
    </section>
  );
}
