import {
  programmeItemKindLabels,
  programmeRoleKindLabels,
  type ProgrammeItemKind,
  type ProgrammeRoleKind,
} from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { Field, FormErrorSummary } from '../common/web-kit';
import { texts } from '../texts';
import type { ItemDraft } from './programme-form';

type Option = { id: string; label: string };

/**
 * The fields of a programme item: kind, title, times, place, organisation, hosts and guests.
 * An edit refused as stale shows the conflict with a button that loads the newest version.
 */
export function ProgrammeItemForm({
  initial,
  organisations,
  busy,
  error,
  onSubmit,
  onReload,
}: {
  initial: ItemDraft;
  organisations: Option[];
  busy: boolean;
  error: unknown;
  onSubmit: (draft: ItemDraft) => void;
  onReload?: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const problem = formProblem(error, [
    'kind',
    'title',
    'description',
    'startsAt',
    'endsAt',
    'location',
    'organisationId',
    'roles',
  ]);
  const set = (change: Partial<ItemDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setRole = (index: number, change: Partial<ItemDraft['roles'][number]>) =>
    set({ roles: draft.roles.map((r, i) => (i === index ? { ...r, ...change } : r)) });
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(draft);
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <div className="form__row">
        <Field id={`${id}-kind`} label={texts.week.itemFields.kind} error={problem.fields['kind']}>
          <select
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as ProgrammeItemKind })}
          >
            {(Object.keys(programmeItemKindLabels) as ProgrammeItemKind[]).map((k) => (
              <option key={k} value={k}>
                {programmeItemKindLabels[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${id}-title`}
          label={texts.week.itemFields.title}
          error={problem.fields['title']}
        >
          <input type="text" value={draft.title} onChange={(e) => set({ title: e.target.value })} />
        </Field>
      </div>
      <Field
        id={`${id}-description`}
        label={texts.week.itemFields.description}
        optional
        error={problem.fields['description']}
      >
        <textarea
          rows={2}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </Field>
      <div className="form__row">
        <Field
          id={`${id}-start`}
          label={texts.week.itemFields.startTime}
          error={problem.fields['startsAt']}
        >
          <input
            type="time"
            value={draft.startTime}
            onChange={(e) => set({ startTime: e.target.value })}
          />
        </Field>
        <Field
          id={`${id}-end`}
          label={texts.week.itemFields.endTime}
          error={problem.fields['endsAt']}
        >
          <input
            type="time"
            value={draft.endTime}
            onChange={(e) => set({ endTime: e.target.value })}
          />
        </Field>
        <Field
          id={`${id}-location`}
          label={texts.week.itemFields.location}
          optional
          error={problem.fields['location']}
        >
          <input
            type="text"
            value={draft.location}
            onChange={(e) => set({ location: e.target.value })}
          />
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.online}
          onChange={(e) => set({ online: e.target.checked })}
        />
        <span>{texts.week.itemFields.online}</span>
      </label>
      <Field
        id={`${id}-org`}
        label={texts.week.itemFields.organisation}
        error={problem.fields['organisationId']}
      >
        <select
          value={draft.organisationId}
          onChange={(e) => set({ organisationId: e.target.value })}
        >
          <option value="">{texts.week.itemFields.organisationNone}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>{texts.week.itemFields.rolesLegend}</legend>
        {draft.roles.map((role, i) => (
          <div key={i} className="form__row role-row">
            <Field
              id={`${id}-r${i}-name`}
              label={`${texts.week.itemFields.person(i + 1)}: ${texts.week.itemFields.personName}`}
            >
              <input
                type="text"
                value={role.personName}
                onChange={(e) => setRole(i, { personName: e.target.value })}
              />
            </Field>
            <Field id={`${id}-r${i}-role`} label={texts.week.itemFields.role}>
              <select
                value={role.role}
                onChange={(e) => setRole(i, { role: e.target.value as ProgrammeRoleKind })}
              >
                {(Object.keys(programmeRoleKindLabels) as ProgrammeRoleKind[]).map((k) => (
                  <option key={k} value={k}>
                    {programmeRoleKindLabels[k]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${id}-r${i}-org`} label={texts.week.itemFields.organisation}>
              <select
                value={role.organisationId}
                onChange={(e) => setRole(i, { organisationId: e.target.value })}
              >
                <option value="">{texts.week.itemFields.organisationNone}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </Field>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => set({ roles: draft.roles.filter((_, j) => j !== i) })}
            >
              {texts.week.itemFields.removeRole(i + 1)}
            </button>
          </div>
        ))}
        {problem.fields['roles'] ? <p className="field__error">{problem.fields['roles']}</p> : null}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            set({ roles: [...draft.roles, { personName: '', role: 'guest', organisationId: '' }] })
          }
        >
          {texts.week.itemFields.addRole}
        </button>
      </fieldset>
      <FormErrorSummary
        messages={error ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {texts.week.saveItem}
      </button>
    </form>
  );
}
