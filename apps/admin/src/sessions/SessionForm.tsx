import type { Session, SessionUpdate } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { Field, FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import {
  checkSessionDraft,
  sessionChanges,
  sessionDraftOf,
  type SessionDraft,
} from './session-form';

/** The server's field paths and the form field each one is shown at. */
const fieldFor: Record<string, keyof SessionDraft> = {
  title: 'title',
  description: 'description',
  startsAt: 'date',
  endsAt: 'endTime',
  online: 'online',
  location: 'location',
  themeIds: 'themeIds',
};

/**
 * Edits one session. It sends only the changed fields with the version it loaded; a stale
 * edit comes back as a conflict, shown with a button that loads the newest version.
 */
export function SessionForm({
  session,
  themes,
  saving,
  error,
  savedMessage,
  onSave,
  onReload,
}: {
  session: Session;
  themes: readonly { id: string; label: string }[];
  saving: boolean;
  error: unknown;
  savedMessage: string | null;
  onSave: (update: SessionUpdate) => void;
  onReload: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<SessionDraft>(() => sessionDraftOf(session));
  const [local, setLocal] = useState<Record<string, string>>({});
  const problem = formProblem(error, Object.keys(fieldFor));
  const errors: Record<string, string> = { ...local };
  for (const [path, message] of Object.entries(problem.fields)) {
    const field = fieldFor[path];
    if (field) errors[field] ??= message;
  }
  const set = (change: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const locked = session.status === 'cancelled';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkSessionDraft(draft, {
      date: texts.sessions.dateRequired,
      time: texts.sessions.timeRequired,
    });
    setLocal(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0] ?? ''}`)?.focus();
      return;
    }
    onSave(sessionChanges(session, draft));
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={texts.sessions.editEyebrow}>
      <Field id={`${id}-title`} label={texts.sessions.fields.title} error={errors['title']}>
        <input
          type="text"
          value={draft.title}
          disabled={locked}
          onChange={(e) => set({ title: e.target.value })}
        />
      </Field>
      <Field
        id={`${id}-description`}
        label={texts.sessions.fields.description}
        optional
        error={errors['description']}
      >
        <textarea
          rows={5}
          value={draft.description}
          disabled={locked}
          onChange={(e) => set({ description: e.target.value })}
        />
      </Field>
      <div className="form__row">
        <Field id={`${id}-date`} label={texts.sessions.fields.date} error={errors['date']}>
          <input
            type="date"
            value={draft.date}
            disabled={locked}
            onChange={(e) => set({ date: e.target.value })}
          />
        </Field>
        <Field
          id={`${id}-startTime`}
          label={texts.sessions.fields.startTime}
          error={errors['startTime']}
        >
          <input
            type="time"
            value={draft.startTime}
            disabled={locked}
            onChange={(e) => set({ startTime: e.target.value })}
          />
        </Field>
        <Field id={`${id}-endTime`} label={texts.sessions.fields.endTime} error={errors['endTime']}>
          <input
            type="time"
            value={draft.endTime}
            disabled={locked}
            onChange={(e) => set({ endTime: e.target.value })}
          />
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.online}
          disabled={locked}
          onChange={(e) => set({ online: e.target.checked })}
        />
        <span>{texts.sessions.fields.online}</span>
      </label>
      <Field
        id={`${id}-location`}
        label={texts.sessions.fields.location}
        hint={texts.sessions.fields.locationHint}
        optional
        error={errors['location']}
      >
        <input
          type="text"
          value={draft.location}
          disabled={locked}
          onChange={(e) => set({ location: e.target.value })}
        />
      </Field>
      <fieldset>
        <legend>{texts.sessions.fields.themes}</legend>
        <div className="form__row">
          {themes.map((theme) => (
            <label key={theme.id} className="check">
              <input
                type="checkbox"
                disabled={locked}
                checked={draft.themeIds.includes(theme.id)}
                onChange={(e) =>
                  set({
                    themeIds: e.target.checked
                      ? [...draft.themeIds, theme.id]
                      : draft.themeIds.filter((t) => t !== theme.id),
                  })
                }
              />
              <span>{theme.label}</span>
            </label>
          ))}
        </div>
        {errors['themeIds'] ? <p className="field__error">{errors['themeIds']}</p> : null}
      </fieldset>
      <FormErrorSummary
        messages={error ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving || locked}>
          {saving ? texts.common.saving : texts.sessions.save}
        </button>
        <StatusMessage message={savedMessage} />
      </div>
    </form>
  );
}
