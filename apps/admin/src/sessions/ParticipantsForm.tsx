import type { RecordParticipantsInput } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { Field, FormErrorSummary, readApiError } from '../common/web-kit';
import { formProblem } from '../api/form-problem';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import {
  checkParticipants,
  emptyParticipantRow,
  organisationGuessed,
  participantErrors,
  participantsOf,
  pickedRow,
  withEmail,
  type ParticipantErrors,
  type ParticipantRow,
} from './participants-form';
import { PersonCombobox } from './PersonCombobox';
import type { PersonChoice } from './person-matches';

/** An organisation the form offers, with its mail domains for the guess from an address. */
export type OrganisationChoice = {
  id: string;
  name: string;
  emailDomains: readonly string[];
  participating: boolean;
};

const t = texts.contacts;

/**
 * "Deelnemers vastleggen": a row per person (name, e-mail address, organisation) with that
 * person's own choice to share the address with the others, unticked until they say so.
 * The name is a type-ahead of the people who brought a dilemma or attended before; for
 * someone new, the organisation follows the address's domain until chosen by hand, and the
 * organisations taking part come first. Checked with the domain's schema first; the server's
 * messages land next to the right field.
 */
export function ParticipantsForm({
  sessionId,
  people,
  organisations,
  saving,
  error,
  savedMessage,
  onSave,
}: {
  sessionId: string;
  people: readonly PersonChoice[];
  organisations: readonly OrganisationChoice[];
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

  const setRow = (index: number, change: (row: ParticipantRow) => ParticipantRow) =>
    setRows((all) => all.map((row, i) => (i === index ? change(row) : row)));
  const participating = organisations.filter((o) => o.participating);
  const others = organisations.filter((o) => !o.participating);

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
              <Field
                id={`${id}-${i}-displayName`}
                label={t.name}
                hint={t.nameHint}
                error={rowErrors.displayName}
              >
                <PersonCombobox
                  value={row.displayName}
                  people={people}
                  exclude={new Set(rows.map((r) => r.personId).filter((p) => p !== ''))}
                  // Typing again after a pick makes the row someone new, typed in.
                  onType={(text) =>
                    setRow(i, (r) => ({
                      ...(r.personId ? emptyParticipantRow() : r),
                      displayName: text,
                      sharesContact: r.sharesContact,
                    }))
                  }
                  onPick={(person) => setRow(i, (r) => pickedRow(r, person))}
                />
              </Field>
              <Field
                id={`${id}-${i}-email`}
                label={t.email}
                optional
                hint={row.personId ? t.known : undefined}
                error={rowErrors.email}
              >
                <input
                  type="email"
                  autoComplete="off"
                  readOnly={row.personId !== ''}
                  value={row.email}
                  onChange={(e) => setRow(i, (r) => withEmail(r, e.target.value, organisations))}
                />
              </Field>
              <Field
                id={`${id}-${i}-organisationId`}
                label={t.organisation}
                optional
                hint={organisationGuessed(row) ? t.organisationGuessed : undefined}
                error={rowErrors.organisationId}
              >
                <select
                  value={row.organisationId}
                  disabled={row.personId !== ''}
                  onChange={(e) =>
                    setRow(i, (r) => ({
                      ...r,
                      organisationId: e.target.value,
                      organisationChosen: true,
                    }))
                  }
                >
                  <option value="">{t.organisationNone}</option>
                  <optgroup label={t.participatingGroup}>
                    {participating.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </optgroup>
                  {others.length > 0 ? (
                    <optgroup label={t.otherGroup}>
                      {others.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </optgroup>
                  ) : null}
                </select>
              </Field>
            </div>
            <label className="check">
              <input
                type="checkbox"
                id={`${id}-${i}-sharesContact`}
                checked={row.sharesContact}
                aria-describedby={`${id}-shares-hint`}
                onChange={(e) => setRow(i, (r) => ({ ...r, sharesContact: e.target.checked }))}
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
