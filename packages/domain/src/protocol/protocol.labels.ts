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
 * What happens in each step, as the series' own write-up (3 March 2025) describes it: the one
 * wording for the agenda's session page and the downloadable description.
 *
 * @example protocolStepTexts[2] // 'Persoon A zet de camera uit en is even ‘weg’, maar luistert wel mee. …'
 */
export const protocolStepTexts: Readonly<Record<ProtocolStep, string>> = {
  1: 'Persoon A krijgt kort de tijd om te formuleren welke vraag of welk dilemma uit de eigen praktijk hem of haar bezighoudt, en welke vervolgvragen er zijn. De anderen luisteren.',
  2: 'Persoon A zet de camera uit en is even ‘weg’, maar luistert wel mee. De anderen gaan met elkaar in gesprek over de vraag: welke associaties, tips en ideeën heb je, wat vraag je je af naar aanleiding van het verhaal?',
  3: 'Persoon A zet de camera weer aan en reflecteert kort op wat hij of zij gehoord heeft en eventueel meeneemt uit de reacties.',
};

/**
 * The three steps in order, each with its label and its text, for a page or document that
 * explains the method.
 *
 * @example protocolSteps[0] // { step: 1, title: 'Stap 1 — formuleren', text: 'Persoon A krijgt kort de tijd …' }
 */
export const protocolSteps: ReadonlyArray<{
  /** The step number. */
  readonly step: ProtocolStep;
  /** Its label, e.g. 'Stap 1 — formuleren'. */
  readonly title: string;
  /** What happens in it. */
  readonly text: string;
}> = ([1, 2, 3] as const).map((step) => ({
  step,
  title: protocolStepLabels[step],
  text: protocolStepTexts[step],
}));

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
