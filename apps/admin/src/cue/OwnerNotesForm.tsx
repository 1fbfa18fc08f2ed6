import { readApiError } from '../common/web-kit';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

/**
 * What person A jots down while away: their take-aways for step 3, seen by the facilitator
 * only, in the report only if A ticks the consent.
 */
export function OwnerNotesForm({
  token,
  notes,
  consent,
}: {
  token: string;
  notes: string;
  consent: 'private' | 'quotable';
}) {
  const trpc = useTRPC();
  const [text, setText] = useState(notes);
  const [quotable, setQuotable] = useState(consent === 'quotable');
  const save = useMutation(trpc.cue.saveNotes.mutationOptions());
  const t = texts.cue;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ token, notes: text, consent: quotable ? 'quotable' : 'private' });
  }
  return (
    <form className="cue__notes" onSubmit={onSubmit}>
      <label htmlFor="cue-notes">{t.notesLabel}</label>
      <p className="cue__hint" id="cue-notes-hint">
        {t.notesHint}
      </p>
      <textarea
        id="cue-notes"
        rows={5}
        value={text}
        aria-describedby="cue-notes-hint"
        onChange={(e) => setText(e.target.value)}
      />
      <label className="cue__consent">
        <input type="checkbox" checked={quotable} onChange={(e) => setQuotable(e.target.checked)} />{' '}
        {t.consent}
      </label>
      <button type="submit" className="button button--secondary" disabled={save.isPending}>
        {t.save}
      </button>
      <p role="status" className="cue__status">
        {save.isSuccess ? t.saved : save.isError ? readApiError(save.error).message : ''}
      </p>
    </form>
  );
}
