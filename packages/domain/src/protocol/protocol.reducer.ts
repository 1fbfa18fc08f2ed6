import { err, formatZodIssues, ok, type DomainError, type Result } from '../shared/index.js';
import { notBefore } from './protocol-clock.rules.js';
import { ProtocolEvent, type ProtocolEventType } from './protocol-event.schema.js';
import {
  addDilemmaToRun,
  chooseDilemmas,
  removeDilemmaFromRun,
  startRun,
} from './protocol-inventory.rules.js';
import { addReactionToRun, keepDraftsAsNotes, saveNoteDraft } from './protocol-notes.rules.js';
import {
  acceptOverrun,
  addNoteToRun,
  dropLastDilemma,
  advanceRun,
  extendBox,
  finishRun,
  pauseClock,
  resumeClock,
  skipDilemma,
} from './protocol-run.rules.js';
import type { ProtocolPhase, ProtocolState } from './protocol-state.schema.js';

/**
 * In which phases each event applies. Everything else is refused with a code that says why:
 * `PROTOCOL.NOT_STARTED`, `PROTOCOL.ALREADY_STARTED` or `PROTOCOL.FINISHED`.
 *
 * @example protocolEventPhases.pause // ['running', 'closing']
 */
export const protocolEventPhases: Readonly<Record<ProtocolEventType, readonly ProtocolPhase[]>> = {
  addDilemma: ['inventory'],
  removeDilemma: ['inventory'],
  choose: ['inventory'],
  start: ['inventory'],
  next: ['running', 'closing'],
  extend: ['running', 'closing'],
  skip: ['running', 'closing'],
  dropLastDilemma: ['running'],
  acceptOverrun: ['running', 'closing'],
  pause: ['running', 'closing'],
  resume: ['running', 'closing'],
  finish: ['running', 'closing'],
  addNote: ['running', 'closing', 'finished'],
  saveNoteDraft: ['running'],
  addReaction: ['closing', 'finished'],
};

function wrongPhase(phase: ProtocolPhase): Result<never> {
  if (phase === 'inventory') return err('PROTOCOL.NOT_STARTED', 'De sessie is nog niet gestart.');
  if (phase === 'finished') return err('PROTOCOL.FINISHED', 'De sessie is al afgerond.');
  return err('PROTOCOL.ALREADY_STARTED', 'De sessie is al gestart; de gekozen vragen liggen vast.');
}

function dispatch(state: ProtocolState, e: ProtocolEvent): Result<ProtocolState> {
  // Clocks of server processes differ slightly: an earlier time means "at the last event".
  const time = (at: string) => notBefore(at, state.lastEventAt);
  switch (e.type) {
    case 'addDilemma':
      return addDilemmaToRun(state, e);
    case 'removeDilemma':
      return removeDilemmaFromRun(state, e);
    case 'choose':
      return chooseDilemmas(state, e);
    case 'start':
      return startRun(state, time(e.at));
    // Leaving a step keeps its unsent text as a note: nothing typed is dropped.
    case 'next':
      return advanceRun(keepDraftsAsNotes(state), time(e.at));
    case 'extend':
      return extendBox(state, e);
    case 'skip':
      return skipDilemma(keepDraftsAsNotes(state), time(e.at));
    case 'dropLastDilemma':
      return dropLastDilemma(state);
    case 'acceptOverrun':
      return acceptOverrun(state, e.minutes);
    case 'pause':
      return pauseClock(state, time(e.at));
    case 'resume':
      return resumeClock(state, time(e.at));
    case 'finish':
      return finishRun(keepDraftsAsNotes(state), time(e.at));
    case 'addNote':
      return addNoteToRun(state, e);
    case 'saveNoteDraft':
      return saveNoteDraft(state, e);
    case 'addReaction':
      return addReactionToRun(state, e);
  }
}

/**
 * Applies one event and says whether it applied. The event is validated with the
 * `ProtocolEvent` schema first (so it may come straight from a request body); an event that
 * does not fit the current phase or state is refused with a `PROTOCOL.*` code and a Dutch
 * message, and the state is left as it was. Never throws on any input event.
 *
 * @example
 * const r = applyProtocolEvent(state, { type: 'next', at: now });
 * if (!r.ok) return r; // e.g. { code: 'PROTOCOL.NOT_STARTED', message: 'De sessie is nog niet gestart.' }
 * await saveRun(r.value);
 */
export function applyProtocolEvent(state: ProtocolState, event: unknown): Result<ProtocolState> {
  const parsed = ProtocolEvent.safeParse(event);
  if (!parsed.success) {
    return err('PROTOCOL.INVALID_EVENT', 'Deze actie wordt niet herkend of is niet compleet.', {
      issues: formatZodIssues(parsed.error),
    });
  }
  const e = parsed.data;
  if (!protocolEventPhases[e.type].includes(state.phase)) return wrongPhase(state.phase);
  const result = dispatch(state, e);
  if (!result.ok) return result;
  const lastEventAt = 'at' in e ? notBefore(e.at, state.lastEventAt) : state.lastEventAt;
  return ok({ ...result.value, lastEventAt, lastRejection: null });
}

function eventTypeOf(event: unknown): string {
  const type: unknown =
    typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type.slice(0, 40) : 'onbekend';
}

/**
 * The step protocol as a reducer `(state, event) => state` for `useReducer`-style use and for
 * replaying stored events. It never throws: an event that does not apply returns the same
 * state with `lastRejection` set ({ code, message, eventType }); an applied event clears it.
 *
 * @example
 * const created = createProtocol({ sessionId });
 * if (created.ok) {
 *   const s = protocolReducer(created.value, { type: 'next', at });
 *   s.lastRejection?.code; // 'PROTOCOL.NOT_STARTED'
 * }
 */
export function protocolReducer(state: ProtocolState, event: ProtocolEvent): ProtocolState {
  const result = applyProtocolEvent(state, event);
  if (result.ok) return result.value;
  return { ...state, lastRejection: rejectionOf(result.error, eventTypeOf(event)) };
}

function rejectionOf(error: DomainError, eventType: string) {
  return { code: error.code, message: error.message, eventType };
}

/**
 * Replays a list of stored events from a state (usually the initial one): the event-sourced
 * way to rebuild a run, e.g. after a schema change.
 *
 * @example replayProtocol(initial, events).phase // 'finished'
 */
export function replayProtocol(
  state: ProtocolState,
  events: readonly ProtocolEvent[],
): ProtocolState {
  return events.reduce(protocolReducer, state);
}
