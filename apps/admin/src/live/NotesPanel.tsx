import { useId, useRef, useState } from 'react';
import type { NoteKind } from '@jamsessie/domain';
import { Field } from '../common/web-kit';
import { texts } from '../texts';
import { noteKindOption, type LiveView } from './live-view';
import { newId } from './new-id';
import { QuickAddPanel, QuickAddText, unsavedText } from './QuickAddPanel';

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
    changeText(unsavedText(sent, latest.current), chosen, nextId);
  }

  return (
    <QuickAddPanel
      id={id}
      title={`${texts.live.notesTitle}: ${view.notePrompt.toLowerCase()}`}
      emptyText={texts.live.noNotes}
      testId="notes"
      items={view.notes.map((note) => ({ ...note, tag: noteKindOption(note.kind) }))}
      onAdd={() => void add()}
    >
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
      <QuickAddText
        id={`${id}-text`}
        label={kinds.length > 1 ? texts.live.noteText : view.notePrompt}
        hint={texts.live.noteKeysHint}
        error={localError ?? error ?? undefined}
        value={text}
        fieldRef={field}
        onChange={(value) => changeText(value)}
        onAdd={() => void add()}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {texts.live.addNote}
      </button>
    </QuickAddPanel>
  );
}
