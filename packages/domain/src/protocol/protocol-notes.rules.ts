import { err, ok, type Result } from '../shared/index.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import type { ProtocolNote, ProtocolState } from './protocol-state.schema.js';

type Ev<T extends ProtocolEvent['type']> = Extract<ProtocolEvent, { type: T }>;

/**
 * Keeps the text typed so far for the current step (one draft per dilemma and step; empty
 * text removes it). Only the step on screen takes a draft: text for a step that was already
 * left is refused, so it cannot linger unseen (`PROTOCOL.NOT_CURRENT_STEP`).
 *
 * @example saveNoteDraft(state, { type: 'saveNoteDraft', id, dilemmaId, step: 2, kind: 'tip', text: 'Open, ten' })
 */
export function saveNoteDraft(state: ProtocolState, e: Ev<'saveNoteDraft'>): Result<ProtocolState> {
  const slot = state.cursor ? state.slots[state.cursor.slotIndex] : undefined;
  if (!slot || slot.dilemmaId !== e.dilemmaId || state.cursor?.step !== e.step) {
    return err(
      'PROTOCOL.NOT_CURRENT_STEP',
      'Deze stap is al voorbij: voeg de tekst toe als notitie.',
      { dilemmaId: e.dilemmaId, step: e.step },
    );
  }
  const others = state.drafts.filter((d) => d.dilemmaId !== e.dilemmaId || d.step !== e.step);
  if (e.text === '') return ok({ ...state, drafts: others });
  const { id, dilemmaId, step, kind, text } = e;
  return ok({ ...state, drafts: [...others, { id, dilemmaId, step, kind, text }] });
}

/**
 * Turns every unsent draft into a note: what leaving a step (next, skip, finish) does, so
 * text typed but not added is kept instead of dropped. A draft whose id is already a note's
 * was added already and is not added twice.
 *
 * @example keepDraftsAsNotes(state).notes.at(-1)?.text // 'Open, ten'
 */
export function keepDraftsAsNotes(state: ProtocolState): ProtocolState {
  if (state.drafts.length === 0) return state;
  const known = new Set(state.notes.map((n) => n.id));
  const kept: ProtocolNote[] = state.drafts
    .filter((d) => d.text !== '' && !known.has(d.id))
    .map(({ id, dilemmaId, step, kind, text }) => ({ id, dilemmaId, step, kind, text }));
  return { ...state, notes: [...state.notes, ...kept], drafts: [] };
}

/**
 * The unsent text of one dilemma and step, or null.
 *
 * @example noteDraftFor(state, dilemmaId, 2)?.text // 'Open, ten'
 */
export function noteDraftFor(
  state: ProtocolState,
  dilemmaId: string,
  step: ProtocolNote['step'],
): ProtocolState['drafts'][number] | null {
  return state.drafts.find((d) => d.dilemmaId === dilemmaId && d.step === step) ?? null;
}

/**
 * Records a reaction from the closing round with its speaker's consent (also after the end,
 * to catch up). The report draft takes over the quotable ones.
 *
 * @example addReactionToRun(state, { type: 'addReaction', id, text: 'Heel waardevol!', consent: 'quotable' })
 */
export function addReactionToRun(
  state: ProtocolState,
  e: Ev<'addReaction'>,
): Result<ProtocolState> {
  if (state.reactions.some((r) => r.id === e.id)) {
    return err('PROTOCOL.DUPLICATE_REACTION', 'Deze reactie is al opgeslagen.', { id: e.id });
  }
  const { id, text, consent } = e;
  return ok({ ...state, reactions: [...state.reactions, { id, text, consent }] });
}
