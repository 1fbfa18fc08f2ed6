import { organisationKindLabels, type OrganisationKind } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { Field, FormErrorSummary } from '../common/web-kit';
import { texts } from '../texts';
import type { OrganisationDraft } from './organisation-form';

/**
 * The fields of an organisation, for a new one and for editing one. When an edit was based on
 * a version someone else has replaced, the conflict is shown with a button that loads the
 * newest version (`onReload`).
 */
export function OrganisationForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onReload,
}: {
  initial: OrganisationDraft;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (draft: OrganisationDraft) => void;
  onReload?: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const problem = formProblem(error, ['name', 'slug', 'kind', 'website', 'city', 'emailDomains']);
  const set = (change: Partial<OrganisationDraft>) => setDraft((d) => ({ ...d, ...change }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(draft);
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <Field
        id={`${id}-name`}
        label={texts.organisations.fields.name}
        error={problem.fields['name']}
      >
        <input type="text" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field
        id={`${id}-kind`}
        label={texts.organisations.fields.kind}
        error={problem.fields['kind']}
      >
        <select
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value as OrganisationKind })}
        >
          {(Object.keys(organisationKindLabels) as OrganisationKind[]).map((k) => (
            <option key={k} value={k}>
              {organisationKindLabels[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${id}-website`}
        label={texts.organisations.fields.website}
        optional
        error={problem.fields['website']}
      >
        <input
          type="url"
          value={draft.website}
          onChange={(e) => set({ website: e.target.value })}
        />
      </Field>
      <Field
        id={`${id}-city`}
        label={texts.organisations.fields.city}
        optional
        error={problem.fields['city']}
      >
        <input type="text" value={draft.city} onChange={(e) => set({ city: e.target.value })} />
      </Field>
      <Field
        id={`${id}-domains`}
        label={texts.organisations.fields.domains}
        hint={texts.organisations.fields.domainsHint}
        optional
        error={problem.fields['emailDomains']}
      >
        <textarea
          rows={3}
          value={draft.domains}
          onChange={(e) => set({ domains: e.target.value })}
        />
      </Field>
      <FormErrorSummary
        messages={error ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
