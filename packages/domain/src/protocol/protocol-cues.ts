import { dutchCount } from '../format/dutch-plural.js';
import type { DilemmaRef, ProtocolState, ProtocolStep } from './protocol-state.schema.js';
import { protocolStepLabels } from './protocol.labels.js';

/**
 * How a cue names the owner: their name when known, otherwise "Persoon A" as the method does.
 *
 * @example ownerCallName({ dilemmaId, ownerName: null, title: '…' }) // 'Persoon A'
 */
export function ownerCallName(dilemma: DilemmaRef | undefined): string {
  const name = dilemma?.ownerName?.trim();
  return name ? name : 'Persoon A';
}

/**
 * The Dutch instruction for one step of one dilemma.
 *
 * @example stepCue(ref, 2) // 'Persoon A zet de camera uit en luistert mee.'
 */
export function stepCue(dilemma: DilemmaRef | undefined, step: ProtocolStep): string {
  const a = ownerCallName(dilemma);
  if (step === 1) return `${a} formuleert kort de vraag of het dilemma; de anderen luisteren.`;
  if (step === 2) return `${a} zet de camera uit en luistert mee.`;
  return `${a} zet de camera weer aan en reflecteert kort op wat hij of zij gehoord heeft.`;
}

function refOf(state: ProtocolState, slotIndex: number): DilemmaRef | undefined {
  const id = state.slots[slotIndex]?.dilemmaId;
  return state.dilemmas.find((d) => d.dilemmaId === id);
}

/**
 * The sentence the facilitator reads aloud now, in Dutch.
 *
 * @example cueFor(state) // step 2: 'Persoon A zet de camera uit en luistert mee.'
 * @example cueFor(state) // step 3: 'Persoon A zet de camera weer aan en reflecteert kort op wat hij of zij gehoord heeft.'
 */
export function cueFor(state: ProtocolState): string {
  switch (state.phase) {
    case 'inventory':
      return state.chosen.length === 0
        ? 'Welke vraag of welk dilemma uit je eigen praktijk houdt je bezig? We inventariseren de vragen.'
        : `We bespreken ${state.chosen.length === 1 ? 'één vraag' : dutchCount(state.chosen.length, { one: 'vraag', other: 'vragen' })}. Klaar om te beginnen?`;
    case 'running':
      return state.cursor
        ? stepCue(refOf(state, state.cursor.slotIndex), state.cursor.step)
        : 'We gaan verder met de volgende stap.';
    case 'closing':
      return 'Ronde van reacties: wat neem je mee uit deze Jamsessie?';
    case 'finished':
      return 'De Jamsessie is afgerond. Bedankt voor jullie inbreng!';
  }
}

/** What the next `next` (or `start`) will bring. */
export type NextUp =
  | { kind: 'start'; dilemma: DilemmaRef | null; label: string }
  | { kind: 'step'; dilemma: DilemmaRef | null; step: ProtocolStep; label: string }
  | { kind: 'closing'; label: string }
  | { kind: 'finish'; label: string }
  | { kind: 'nothing'; label: string };

function titled(dilemma: DilemmaRef | undefined): string {
  return dilemma ? ` bij „${dilemma.title}”` : '';
}

/**
 * What comes after the current box, with a Dutch label for the facilitator's "next" button.
 *
 * @example whatComesNext(state) // { kind: 'step', step: 3, label: 'Stap 3 — reflecteren bij „…”', … }
 */
export function whatComesNext(state: ProtocolState): NextUp {
  switch (state.phase) {
    case 'inventory': {
      const first = state.dilemmas.find((d) => d.dilemmaId === state.chosen[0]);
      if (state.chosen.length === 0) {
        return { kind: 'nothing', label: 'Kies eerst welke vragen jullie bespreken.' };
      }
      return {
        kind: 'start',
        dilemma: first ?? null,
        label: `Beginnen met stap 1${titled(first)}`,
      };
    }
    case 'running': {
      const cursor = state.cursor;
      if (!cursor) return { kind: 'nothing', label: '' };
      if (cursor.step < 3) {
        const step: ProtocolStep = cursor.step === 1 ? 2 : 3;
        const ref = refOf(state, cursor.slotIndex);
        return { kind: 'step', dilemma: ref ?? null, step, label: stepLabel(step, ref) };
      }
      if (cursor.slotIndex + 1 < state.slots.length) {
        const ref = refOf(state, cursor.slotIndex + 1);
        return {
          kind: 'step',
          dilemma: ref ?? null,
          step: 1,
          label: `Volgende vraag: ${stepLabel(1, ref)}`,
        };
      }
      return { kind: 'closing', label: 'Afsluitende ronde van reacties' };
    }
    case 'closing':
      return { kind: 'finish', label: 'De Jamsessie afronden' };
    case 'finished':
      return { kind: 'nothing', label: 'De Jamsessie is afgerond.' };
  }
}

function stepLabel(step: ProtocolStep, ref: DilemmaRef | undefined): string {
  return `${protocolStepLabels[step]}${titled(ref)}`;
}
