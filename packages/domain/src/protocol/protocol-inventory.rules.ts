import { err, ok, type Instant, type Result } from '../shared/index.js';
import { startTimer } from './protocol-clock.rules.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import type { ProtocolSlot, ProtocolState } from './protocol-state.schema.js';
import { planTimeBoxes } from './time-plan.rules.js';

type Ev<T extends ProtocolEvent['type']> = Extract<ProtocolEvent, { type: T }>;

/**
 * Adds an inventoried dilemma (inventory phase only; the reducer checks the phase).
 *
 * @example addDilemmaToRun(state, { type: 'addDilemma', dilemma: ref })
 */
export function addDilemmaToRun(state: ProtocolState, e: Ev<'addDilemma'>): Result<ProtocolState> {
  if (state.dilemmas.some((d) => d.dilemmaId === e.dilemma.dilemmaId)) {
    return err('PROTOCOL.DUPLICATE_DILEMMA', 'Deze vraag staat al in de inventarisatie.', {
      dilemmaId: e.dilemma.dilemmaId,
    });
  }
  return ok({ ...state, dilemmas: [...state.dilemmas, e.dilemma] });
}

/**
 * Removes an inventoried dilemma, also from the choice (and plans the rest again).
 *
 * @example removeDilemmaFromRun(state, { type: 'removeDilemma', dilemmaId })
 */
export function removeDilemmaFromRun(
  state: ProtocolState,
  e: Ev<'removeDilemma'>,
): Result<ProtocolState> {
  if (!state.dilemmas.some((d) => d.dilemmaId === e.dilemmaId)) {
    return err('PROTOCOL.UNKNOWN_DILEMMA', 'Deze vraag staat niet in de inventarisatie.', {
      dilemmaId: e.dilemmaId,
    });
  }
  const chosen = state.chosen.filter((id) => id !== e.dilemmaId);
  const plan =
    chosen.length > 0 ? planTimeBoxes({ ...state.settings, dilemmaCount: chosen.length }) : null;
  return ok({
    ...state,
    dilemmas: state.dilemmas.filter((d) => d.dilemmaId !== e.dilemmaId),
    chosen,
    plan: plan?.ok ? plan.value : null,
  });
}

/**
 * Chooses which dilemmas are discussed, in order, and plans their time boxes. Refuses
 * duplicates, unknown dilemmas, and a choice that does not fit the session.
 *
 * @example chooseDilemmas(state, { type: 'choose', dilemmaIds: [b, a] })
 */
export function chooseDilemmas(state: ProtocolState, e: Ev<'choose'>): Result<ProtocolState> {
  if (new Set(e.dilemmaIds).size !== e.dilemmaIds.length) {
    return err('PROTOCOL.DUPLICATE_CHOICE', 'Kies elke vraag maar één keer.');
  }
  const unknown = e.dilemmaIds.filter((id) => !state.dilemmas.some((d) => d.dilemmaId === id));
  if (unknown.length > 0) {
    return err('PROTOCOL.UNKNOWN_DILEMMA', 'Deze vraag staat niet in de inventarisatie.', {
      dilemmaIds: unknown,
    });
  }
  const plan = planTimeBoxes({ ...state.settings, dilemmaCount: e.dilemmaIds.length });
  if (!plan.ok) return plan;
  return ok({ ...state, chosen: [...e.dilemmaIds], plan: plan.value });
}

/**
 * Starts the run: step 1 of the first chosen dilemma, its clock running from `at`.
 *
 * @example startRun(state, '2025-03-03T12:05:00.000Z')
 */
export function startRun(state: ProtocolState, at: Instant): Result<ProtocolState> {
  const plan = state.plan;
  if (state.chosen.length === 0 || plan === null) {
    return err('PROTOCOL.NOTHING_CHOSEN', 'Kies eerst welke vragen jullie bespreken.');
  }
  const slots: ProtocolSlot[] = state.chosen.map((dilemmaId, index) => ({
    dilemmaId,
    boxes: { ...plan.perDilemma },
    reachedStep: index === 0 ? 1 : 0,
    outcome: index === 0 ? 'active' : 'pending',
  }));
  return ok({
    ...state,
    phase: 'running',
    slots,
    cursor: { slotIndex: 0, step: 1 },
    timer: startTimer(at, plan.perDilemma.formulate),
    startedAt: at,
  });
}
