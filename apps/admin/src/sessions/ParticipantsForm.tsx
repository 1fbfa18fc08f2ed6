import type { RecordParticipantsInput } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { Field, FormErrorSummary, readApiError } from '../common/web-kit';
import { formProblem } from '../api/form-problem';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import {
  checkParticipants,
  emptyParticipantRow,
  participantErrors,
  participantsOf,
  type ParticipantErrors,
  type ParticipantRow,
} from './participants-form';

const t = texts.contacts;

/**
 * "Deelnemers vastleggen": a row per person (name, e-mail address, organisation) with that
 * person's own choice to share the address with the others, unticked until they say so.
 * Checked with the domain's schema first; the server's messages land next to the right field.
 */
export function ParticipantsForm({
  sessionId,
  organisations,
  saving,
  error,
  savedMessage,
  onSave,
}: {
  sessionId: string;
  organisations: readonly { id: string; label: string }[];
  saving: boolean;
  error: unknown;
  savedMessage: string | null;
  onSave: (input: RecordParticipantsInput) => void;
}) {
  const id = useId();
  const [rows, setRows] = useState<ParticipantRow[]>(() => [emptyParticipantRow()]);
  const [local, setLocal] = useState<ParticipantErrors | null>(null);
  const [sentRows, setSentRows] = useState<number[]>([]);
  const server = error
    ? participantErrors(readApiError(error).fieldErrors, sentRows)
    : { rows: {}, rest: [] };
  const errors = local ?? server;
  const summary = local
    ? local.rest
    : error
      ? [...new Set([...formProblem(error, []).summary.slice(0, 1), ...server.rest])]
      : [];

  const setRow = (index: number, change: Partial<ParticipantRow>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkParticipants(sessionId, rows);
    if (!checked.ok) {
      setLocal(checked.errors);
      const [firstRow, fields] = Object.entries(checked.errors.rows)[0] ?? [];
      const firstField = fields ? Object.keys(fields)[0] : undefined;
      if (firstRow !== undefined && firstField) {
        document.getElementById(`${id}-${firstRow}-${firstField}`)?.focus();
      }
      return;
    }
    setLocal(null);
    setSentRows(participantsOf(rows).rowOf);
    onSave(checked.input);
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.formTitle}</h3>
      {rows.map((row, i) => {
        const rowErrors = errors.rows[i] ?? {};
        return (
          <fieldset key={i} className="participant-row">
            <legend>{t.rowLegend(i + 1)}</legend>
            <div className="form__row">
              <Field id={`${id}-${i}-displayName`} label={t.name} error={rowErrors.displayName}>
                <input
                  type="text"
                  autoComplete="off"
                  value={row.displayName}
                  onChange={(e) => setRow(i, { displayName: e.target.value })}
                />
              </Field>
              <Field id={`${id}-${i}-email`} label={t.email} optional error={rowErrors.email}>
                <input
                  type="email"
                  autoComplete="off"
                  value={row.email}
                  onChange={(e) => setRow(i, { email: e.target.value })}
                />
              </Field>
              <Field
                id={`${id}-${i}-organisationId`}
                label={t.organisation}
                optional
                error={rowErrors.organisationId}
              >
                <select
                  value={row.organisationId}
                  onChange={(e) => setRow(i, { organisationId: e.target.value })}
                >
                  <option value="">{t.organisationNone}</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <label className="check">
              <input
                type="checkbox"
                id={`${id}-${i}-sharesContact`}
                checked={row.sharesContact}
                aria-describedby={`${id}-shares-hint`}
                onChange={(e) => setRow(i, { sharesContact: e.target.checked })}
              />
              <span>{t.sharesLabel}</span>
            </label>
            {rowErrors.sharesContact ? (
              <p className="field__error">{rowErrors.sharesContact}</p>
            ) : null}
            {rows.length > 1 ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => {
                  setLocal(null);
                  setRows((all) => all.filter((_, j) => j !== i));
                }}
              >
                {t.removeRow(i + 1)}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <p className="field__hint" id={`${id}-shares-hint`}>
        {t.sharesHint}
      </p>
      <div>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setRows((all) => [...all, emptyParticipantRow()])}
        >
          {t.addRow}
        </button>
      </div>
      <FormErrorSummary messages={summary} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? texts.common.saving : t.save}
        </button>
        <StatusMessage message={savedMessage} />
      </div>
    </form>
  );
}
