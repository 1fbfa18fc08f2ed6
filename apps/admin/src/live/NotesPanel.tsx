import { useId, useState, type FormEvent } from 'react';
import type { NoteKind } from '@jamsessie/domain';
import { Field } from '../common/Field';
import { texts } from '../texts';
import { noteKindOption, type LiveView } from './live-view';

/**
 * The facilitator's notes for the report: tips and ideas in step 2, take-aways in step 3.
 * A note is saved in the run on the server at once (so a reload loses nothing).
 */
export function NotesPanel({
  view,
  busy,
  error,
  onAdd,
}: {
  view: LiveView;
  busy: boolean;
  error: string | null;
  onAdd: (note: { kind: NoteKind; text: string }) => Promise<boolean>;
}) {
  const id = useId();
  const kinds = view.noteKinds;
  const [kind, setKind] = useState<NoteKind | null>(null);
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  if (kinds.length === 0 || !view.notePrompt) return null;
  const chosen = kind && kinds.includes(kind) ? kind : (kinds[0] as NoteKind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setLocalError(texts.live.noteRequired);
      return;
    }
    setLocalError(null);
    if (await onAdd({ kind: chosen, text: text.trim() })) setText('');
  }

  return (
    <section className="notes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="notes__title">
        {texts.live.notesTitle}: {view.notePrompt.toLowerCase()}
      </h2>
      {view.notes.length === 0 ? (
        <p className="notes__empty">{texts.live.noNotes}</p>
      ) : (
        <ul className="notes__list">
          {view.notes.map((note) => (
            <li key={note.id}>
              <span className="tag">{noteKindOption(note.kind)}</span> {note.text}
            </li>
          ))}
        </ul>
      )}
      <form className="notes__form" onSubmit={(e) => void submit(e)} noValidate>
        {kinds.length > 1 ? (
          <Field id={`${id}-kind`} label={texts.live.noteKind}>
            <select value={chosen} onChange={(e) => setKind(e.target.value as NoteKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {noteKindOption(k)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field
          id={`${id}-text`}
          label={kinds.length > 1 ? texts.live.noteText : view.notePrompt}
          error={localError ?? error ?? undefined}
        >
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {texts.live.addNote}
        </button>
      </form>
    </section>
  );
}
