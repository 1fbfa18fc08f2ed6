import type { NoteKind, ProtocolPhase, ProtocolStep } from './protocol-state.schema.js';

/**
 * Dutch labels of the phases.
 *
 * @example protocolPhaseLabels.closing // 'Afsluitende ronde'
 */
export const protocolPhaseLabels: Readonly<Record<ProtocolPhase, string>> = {
  inventory: 'Inventarisatie van vragen',
  running: 'Bespreking',
  closing: 'Afsluitende ronde',
  finished: 'Afgerond',
};

/**
 * Dutch labels of the steps.
 *
 * @example protocolStepLabels[2] // 'Stap 2 — bespreken zonder inbrenger'
 */
export const protocolStepLabels: Readonly<Record<ProtocolStep, string>> = {
  1: 'Stap 1 — formuleren',
  2: 'Stap 2 — bespreken zonder inbrenger',
  3: 'Stap 3 — reflecteren',
};

/**
 * Dutch labels of the note kinds.
 *
 * @example noteKindLabels.takeaway // 'wat de inbrenger meeneemt'
 */
export const noteKindLabels: Readonly<Record<NoteKind, string>> = {
  tip: 'tip',
  idea: 'idee',
  association: 'associatie',
  question: 'vraag',
  takeaway: 'wat de inbrenger meeneemt',
};
