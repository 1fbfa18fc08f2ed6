import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { NoteKind } from '@jamsessie/domain';
import { Field } from '../common/web-kit';
import { texts } from '../texts';
import { enterAdds } from './enter-adds';
import { noteKindOption, type LiveView } from './live-view';
import { newId } from './new-id';

/** A note of the current step as the panel hands it on: its id, kind and text. */
export type NoteInput = { id: string; kind: NoteKind; text: string };

/**
 * The facilitator's notes for the report: tips and ideas in step 2, take-aways in step 3.
 * Every word typed is kept: the text is saved in the run while typing (`onDraft`), shown
 * again after a reload, and kept as a note when the step is left; an added note is saved at
 * once. The field keeps the focus, so the next note can be typed straight away.
 */
export function NotesPanel({
  view,
  busy,
  error,
  onDraft,
  onAdd,
}: {
  view: LiveView;
  busy: boolean;
  error: string | null;
  onDraft: (draft: NoteInput) => void;
  onAdd: (note: NoteInput) => Promise<boolean>;
}) {
  const id = useId();
  const kinds = view.noteKinds;
  const [kind, setKind] = useState<NoteKind | null>(view.draft?.kind ?? null);
  const [text, setText] = useState(view.draft?.text ?? '');
  const [draftId, setDraftId] = useState(() => view.draft?.id ?? newId());
  const [localError, setLocalError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const latest = useRef(text);
  if (kinds.length === 0 || !view.notePrompt) return null;
  const chosen = kind && kinds.includes(kind) ? kind : (kinds[0] as NoteKind);

  function changeText(value: string, noteKind = chosen, noteId = draftId) {
    latest.current = value;
    setText(value);
    onDraft({ id: noteId, kind: noteKind, text: value });
  }

  async function add() {
    const sent = text.trim();
    if (sent === '') {
      setLocalError(texts.live.noteRequired);
      field.current?.focus();
      return;
    }
    setLocalError(null);
    // The field empties at once, so the next note can be typed while this one is saved.
    const noteId = draftId;
    const nextId = newId();
    setDraftId(nextId);
    latest.current = '';
    setText('');
    field.current?.focus();
    if (await onAdd({ id: noteId, kind: chosen, text: sent })) return;
    // Not saved: the text comes back (before anything typed since), nothing is lost.
    const typedSince = latest.current.trim();
    changeText(typedSince === '' ? sent : `${sent}\n${typedSince}`, chosen, nextId);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void add();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!enterAdds(event)) return;
    event.preventDefault();
    void add();
  }

  return (
    <section className="notes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="notes__title">
        {texts.live.notesTitle}: {view.notePrompt.toLowerCase()}
      </h2>
      {view.notes.length === 0 ? (
        <p className="notes__empty">{texts.live.noNotes}</p>
      ) : (
        <ul className="notes__list" data-testid="notes">
          {view.notes.map((note) => (
            <li key={note.id}>
              <span className="tag">{noteKindOption(note.kind)}</span> {note.text}
            </li>
          ))}
        </ul>
      )}
      <form className="notes__form" onSubmit={submit} noValidate>
        {kinds.length > 1 ? (
          <Field id={`${id}-kind`} label={texts.live.noteKind}>
            <select
              value={chosen}
              onChange={(e) => {
                const next = e.target.value as NoteKind;
                setKind(next);
                if (text !== '') changeText(text, next);
              }}
            >
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
          hint={texts.live.noteKeysHint}
          error={localError ?? error ?? undefined}
        >
          <textarea
            ref={field}
            rows={3}
            value={text}
            onChange={(e) => changeText(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {texts.live.addNote}
        </button>
      </form>
    </section>
  );
}
