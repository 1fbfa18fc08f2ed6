import { isNotFound, Link } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dilemmaTitle, MAX_DILEMMAS_PER_SESSION, planTimeBoxes } from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, FormErrorSummary, LoadingState, readApiError } from '../common/web-kit';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { NotFoundPage } from '../common/NotFoundPage';
import { PageHeader } from '../common/PageHeader';
import { StatusMessage } from '../common/StatusMessage';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { AddDilemmaForm, type NewDilemma } from './AddDilemmaForm';
import { DilemmaItem, type InventoryItem } from './DilemmaItem';
import { chooseInput, chosenOrder, isChoiceChanged, moveChoice, toggleChoice } from './choice';

/**
 * The inventory of a session: the questions brought in advance (public form) or typed in by
 * the facilitator, and the choice and order of the ones to discuss.
 */
export function InventoryPage({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const session = useQuery(trpc.admin.sessions.get.queryOptions({ id: sessionId }));
  const dilemmas = useQuery(trpc.admin.dilemmas.list.queryOptions({ sessionId }));
  const run = useQuery(trpc.admin.protocol.get.queryOptions({ sessionId }));
  // Counts only; without them (still loading, or refused) the inventory works as before.
  const herkenbaar = useQuery(trpc.admin.herkenbaar.counts.queryOptions({ sessionId }));
  if (session.isPending || dilemmas.isPending || run.isPending) return <LoadingState lines={4} />;
  const failed = session.error ?? dilemmas.error ?? run.error;
  if (failed) {
    if (isNotFound(failed)) return <NotFoundPage />;
    return (
      <ErrorState
        message={readApiError(failed).message}
        onRetry={() => {
          void session.refetch();
          void dilemmas.refetch();
          void run.refetch();
        }}
      />
    );
  }
  if (!session.data || !dilemmas.data) return <LoadingState lines={4} />;
  return (
    <Inventory
      sessionId={sessionId}
      title={session.data.session.title}
      items={dilemmas.data}
      herkenbaar={new Map((herkenbaar.data ?? []).map((c) => [c.dilemmaId, c.count]))}
      run={run.data ? { version: run.data.run.version, phase: run.data.state.phase } : null}
    />
  );
}

function Inventory({
  sessionId,
  title,
  items,
  herkenbaar,
  run,
}: {
  sessionId: string;
  title: string;
  items: InventoryItem[];
  herkenbaar: ReadonlyMap<string, number>;
  run: { version: number; phase: string } | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dilemmas = items.map((i) => i.dilemma);
  const [order, setOrder] = useState(() => chosenOrder(dilemmas));
  const [status, setStatus] = useState<string | null>(null);
  const started = run !== null && run.phase !== 'inventory';
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.admin.dilemmas.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.admin.protocol.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.admin.sessions.pathKey() });
  };
  // The form clears as soon as the question is stored, before the list reloads: text typed
  // into the emptied form meanwhile is never wiped by a late clear.
  const add = useMutation(
    trpc.admin.dilemmas.add.mutationOptions({
      onSuccess: () => {
        void refresh();
      },
    }),
  );
  const choose = useMutation(
    trpc.admin.dilemmas.choose.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.inventory.choiceSaved);
        await refresh();
      },
    }),
  );
  const chooseInRun = useMutation(
    trpc.admin.protocol.dispatch.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.inventory.choiceSaved);
        await refresh();
      },
    }),
  );
  const transition = useMutation(
    trpc.admin.dilemmas.transition.mutationOptions({ onSuccess: refresh }),
  );
  const saveError = choose.error ?? chooseInRun.error ?? transition.error;
  const problem = formProblem(saveError, []);
  const plan = order.length > 0 ? planTimeBoxes({ dilemmaCount: order.length }) : null;
  const titleOf = (id: string) => {
    const d = dilemmas.find((x) => x.id === id);
    return d ? (d.kop ?? (dilemmaTitle(d.text) || d.text.slice(0, 60))) : id;
  };

  function saveChoice() {
    setStatus(null);
    if (run && run.phase === 'inventory') {
      chooseInRun.mutate({
        sessionId,
        version: run.version,
        event: { type: 'choose', dilemmaIds: order },
      });
    } else {
      choose.mutate(chooseInput(sessionId, dilemmas, order));
    }
  }

  async function addDilemma(input: NewDilemma): Promise<boolean> {
    try {
      await add.mutateAsync({ sessionId, ...input });
      return true;
    } catch {
      return false;
    }
  }

  return (
    <div className="page">
      <PageHeader
        eyebrow={texts.inventory.eyebrow(title)}
        title={texts.inventory.title}
        lead={texts.inventory.lead}
        actions={
          <Link className="button button--primary" href={paths.live(sessionId)}>
            {texts.inventory.toLive}
          </Link>
        }
      />
      {started ? <p className="notice notice--info">{texts.inventory.started}</p> : null}
      <div className="layout-aside">
        <section className="card" aria-labelledby="list-title">
          <h2 id="list-title" className="card__title">
            {texts.inventory.listTitle}
          </h2>
          <p className="muted small">{texts.inventory.herkenbaarNote}</p>
          {items.length === 0 ? (
            <p className="muted">{texts.inventory.none}</p>
          ) : (
            <ul className="dilemma-list">
              {items.map((item) => (
                <DilemmaItem
                  key={item.dilemma.id}
                  item={item}
                  chosen={order.includes(item.dilemma.id)}
                  herkenbaar={herkenbaar.get(item.dilemma.id) ?? 0}
                  started={started}
                  busy={transition.isPending}
                  onToggle={() => setOrder((o) => toggleChoice(o, item.dilemma.id))}
                  onPark={(to) =>
                    transition.mutate({ id: item.dilemma.id, version: item.dilemma.version, to })
                  }
                />
              ))}
            </ul>
          )}
        </section>
        <aside className="stack">
          <section className="card" aria-labelledby="chosen-title">
            <h2 id="chosen-title" className="card__title">
              {texts.inventory.chosenTitle}
            </h2>
            {order.length === 0 ? (
              <p className="muted">{texts.inventory.chosenNone}</p>
            ) : (
              <ol className="chosen-list">
                {order.map((id, index) => (
                  <li key={id}>
                    <span>{titleOf(id)}</span>
                    {!started ? (
                      <span className="chosen-list__actions">
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          disabled={index === 0}
                          aria-label={texts.inventory.moveUp(titleOf(id))}
                          onClick={() => setOrder((o) => moveChoice(o, id, -1))}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          disabled={index === order.length - 1}
                          aria-label={texts.inventory.moveDown(titleOf(id))}
                          onClick={() => setOrder((o) => moveChoice(o, id, 1))}
                        >
                          ↓
                        </button>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
            {plan ? (
              <p className={plan.ok ? 'muted small' : 'notice notice--warn'}>
                {plan.ok
                  ? texts.inventory.plan(
                      order.length,
                      plan.value.perDilemma.formulate,
                      plan.value.perDilemma.discuss,
                      plan.value.perDilemma.reflect,
                    )
                  : order.length > MAX_DILEMMAS_PER_SESSION
                    ? texts.inventory.tooMany(MAX_DILEMMAS_PER_SESSION)
                    : plan.error.message}
              </p>
            ) : null}
            <FormErrorSummary
              messages={saveError ? problem.summary : []}
              onReload={problem.conflict ? () => void refresh() : undefined}
            />
            {!started ? (
              <button
                type="button"
                className="button button--primary"
                disabled={
                  choose.isPending ||
                  chooseInRun.isPending ||
                  order.length === 0 ||
                  !isChoiceChanged(dilemmas, order) ||
                  (plan !== null && !plan.ok)
                }
                onClick={saveChoice}
              >
                {texts.inventory.saveChoice}
              </button>
            ) : null}
            <StatusMessage message={status} />
          </section>
          <section className="card" aria-labelledby="add-title">
            <h2 id="add-title" className="card__title">
              {texts.inventory.addTitle}
            </h2>
            <p className="card__intro">{texts.inventory.addLead}</p>
            <AddDilemmaForm busy={add.isPending} error={add.error} onAdd={addDilemma} />
          </section>
        </aside>
      </div>
    </div>
  );
}
