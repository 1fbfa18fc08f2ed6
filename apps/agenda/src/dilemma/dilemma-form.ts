import { DilemmaInput, fieldErrors, mayNameClient, type ConsentLevel } from '@jamsessie/domain';

/** What the dilemma form holds while someone types. */
export type DilemmaDraft = {
  text: string;
  /** One follow-up question per line. */
  followUp: string;
  name: string;
  email: string;
  consent: ConsentLevel;
  /** Wants the follow-up mail *Nadien*. */
  nadien: boolean;
};

/** A new, empty draft: private unless the writer chooses otherwise. */
export const emptyDraft: DilemmaDraft = {
  text: '',
  followUp: '',
  name: '',
  email: '',
  consent: 'private',
  nadien: false,
};

/** The draft's field names, as the form shows them (server paths are mapped onto these). */
export const draftFields = ['text', 'followUp', 'name', 'email', 'consent', 'nadien'] as const;

/** Server field paths (the domain's `DilemmaInput`) that the form calls differently. */
export const serverFieldNames: Readonly<Record<string, string>> = {
  followUpQuestions: 'followUp',
  ownerName: 'name',
  ownerEmail: 'email',
};

/**
 * Turns the draft into the API's input (the domain's `DilemmaInput`), checked with the same
 * schema the server uses, so the writer sees the same Dutch messages before sending.
 *
 * @example toDilemmaInput(sessionId, { ...emptyDraft, text: 'Hoe gaan jullie om met …?' })
 * // { ok: true, input: { sessionId, text, followUpQuestions: [], ownerName: null, ownerEmail: null, consent: 'private' } }
 */
export function toDilemmaInput(
  sessionId: string,
  draft: DilemmaDraft,
): { ok: true; input: DilemmaInput } | { ok: false; fieldErrors: Record<string, string> } {
  const raw = {
    sessionId,
    text: draft.text,
    followUpQuestions: draft.followUp
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    ownerName: draft.name,
    ownerEmail: draft.email,
    consent: draft.consent,
    nadien: draft.nadien,
  };
  const parsed = DilemmaInput.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error))) {
    const head = path.split('.')[0] ?? path;
    errors[serverFieldNames[head] ?? head] ??= message;
  }
  return { ok: false, fieldErrors: errors };
}

/**
 * The live hint that the text may name a client (question and follow-up questions), or null.
 * A hint only: the writer decides.
 *
 * @example clientNameWarning({ ...emptyDraft, text: 'Meneer Jansen wil naar buiten' }) // 'Noemt je tekst misschien …'
 */
export function clientNameWarning(draft: Pick<DilemmaDraft, 'text' | 'followUp'>): string | null {
  return mayNameClient(`${draft.text}\n${draft.followUp}`).message;
}
