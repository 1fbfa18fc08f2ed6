import {
  findProtocolRunBySession,
  listDilemmasOfSession,
  saveProtocolRun,
  updateDilemma,
  VIEW_TOKEN_KEY,
  type Executor,
} from '@jamsessie/db';
import {
  allowedDilemmaTransitions,
  applyProtocolEvent,
  dilemmaRefOf,
  discussedDilemmaIds,
  transitionDilemma,
  type Dilemma,
  type DilemmaStatus,
  type ProtocolState,
} from '@jamsessie/domain';
import { saved } from '../shared/admin.helpers.js';

type WithToken = ProtocolState & { [VIEW_TOKEN_KEY]?: string };

/**
 * The public view token kept with a stored run, or null (runs stored before tokens existed).
 *
 * @example viewTokenOf(run.state) // 'q9X…' (43 characters)
 */
export function viewTokenOf(state: ProtocolState): string | null {
  const token = (state as WithToken)[VIEW_TOKEN_KEY];
  return typeof token === 'string' ? token : null;
}

/**
 * The state to store: the reducer's state with the view token attached again (the reducer
 * knows nothing of it, so it is re-attached explicitly after every event).
 */
export function withViewToken(state: ProtocolState, token: string | null): ProtocolState {
  const bare = withoutViewToken(state);
  return token === null ? bare : ({ ...bare, [VIEW_TOKEN_KEY]: token } as WithToken);
}

/** The reducer's state without the view token: what the reducer and the API's answers see. */
export function withoutViewToken(state: ProtocolState): ProtocolState {
  const { [VIEW_TOKEN_KEY]: _token, ...bare } = state as WithToken;
  return bare;
}

/**
 * Adds a dilemma typed in during the inventory to the session's run, when a run exists and
 * is still in its inventory phase. Returns the run's new version, or null when nothing
 * changed (no run, past the inventory, or already there).
 *
 * @example await addToOpenRun(tx, dilemma)
 */
export async function addToOpenRun(tx: Executor, dilemma: Dilemma): Promise<number | null> {
  const run = await findProtocolRunBySession(tx, dilemma.sessionId);
  if (!run || run.state.phase !== 'inventory') return null;
  const applied = applyProtocolEvent(withoutViewToken(run.state), {
    type: 'addDilemma',
    dilemma: dilemmaRefOf(dilemma),
  });
  if (!applied.ok) return null;
  const stored = saved(
    await saveProtocolRun(tx, {
      ...run,
      state: withViewToken(applied.value, viewTokenOf(run.state)),
    }),
  );
  return stored.version;
}

/**
 * Mirrors a choice made in the inventory (`admin.dilemmas.choose`) in the session's run while
 * it is still in its inventory phase: dilemmas the run does not know yet are added, then the
 * choice is applied. A choice the run refuses (e.g. too many for the hour) leaves the run as
 * it was; the facilitator chooses again there. Returns the run's new version, or null.
 *
 * @example await chooseInOpenRun(tx, sessionId, chosenDilemmas)
 */
export async function chooseInOpenRun(
  tx: Executor,
  sessionId: string,
  chosen: readonly Dilemma[],
): Promise<number | null> {
  const run = await findProtocolRunBySession(tx, sessionId);
  if (!run || run.state.phase !== 'inventory') return null;
  let state = withoutViewToken(run.state);
  for (const dilemma of chosen) {
    if (state.dilemmas.some((d) => d.dilemmaId === dilemma.id)) continue;
    const added = applyProtocolEvent(state, { type: 'addDilemma', dilemma: dilemmaRefOf(dilemma) });
    if (!added.ok) return null;
    state = added.value;
  }
  const applied = applyProtocolEvent(state, {
    type: 'choose',
    dilemmaIds: chosen.map((d) => d.id),
  });
  if (!applied.ok) return null;
  const stored = saved(
    await saveProtocolRun(tx, {
      ...run,
      state: withViewToken(applied.value, viewTokenOf(run.state)),
    }),
  );
  return stored.version;
}

/** The shortest chain of allowed status changes from one status to another (empty if none). */
function pathTo(from: DilemmaStatus, to: DilemmaStatus): DilemmaStatus[] {
  const queue: DilemmaStatus[][] = [[from]];
  const seen = new Set<DilemmaStatus>([from]);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const last = path[path.length - 1]!;
    if (last === to) return path.slice(1);
    for (const next of allowedDilemmaTransitions[last]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push([...path, next]);
    }
  }
  return [];
}

async function moveTo(
  tx: Executor,
  dilemma: Dilemma,
  status: DilemmaStatus,
  position: number | null,
): Promise<void> {
  if (dilemma.status === status && dilemma.position === position) return;
  let next = dilemma;
  for (const step of pathTo(dilemma.status, status)) {
    const moved = transitionDilemma(next, step);
    if (!moved.ok) return;
    next = moved.value;
  }
  if (next.status !== status) return;
  saved(await updateDilemma(tx, { ...next, position, version: dilemma.version }));
}

/**
 * Keeps the inventory in step with the run (in the run's transaction): after a `choose` the
 * chosen dilemmas are 'chosen' in the run's order and the others back in the inventory; once
 * the run is finished every dilemma that reached step 2 is 'discussed'. Dilemmas the run does
 * not know are left alone.
 *
 * @example await syncDilemmasWithRun(tx, nextState);
 */
export async function syncDilemmasWithRun(tx: Executor, state: ProtocolState): Promise<void> {
  const dilemmas = await listDilemmasOfSession(tx, state.sessionId);
  const known = new Set(state.dilemmas.map((d) => d.dilemmaId));
  if (state.phase === 'inventory') {
    for (const dilemma of dilemmas.filter((d) => known.has(d.id))) {
      const index = state.chosen.indexOf(dilemma.id);
      if (index >= 0) await moveTo(tx, dilemma, 'chosen', index);
      else if (dilemma.status === 'chosen') await moveTo(tx, dilemma, 'inventoried', null);
    }
    return;
  }
  if (state.phase === 'finished') {
    const discussed = discussedDilemmaIds(state);
    for (const dilemma of dilemmas) {
      const index = discussed.indexOf(dilemma.id);
      if (index >= 0) await moveTo(tx, dilemma, 'discussed', state.chosen.indexOf(dilemma.id));
    }
  }
}
