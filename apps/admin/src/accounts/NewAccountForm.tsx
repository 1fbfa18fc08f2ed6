import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { Field, FormErrorSummary } from '../common/web-kit';
import { texts } from '../texts';

/** A new coordinator account: name, address and role; the server makes the temporary password. */
export function NewAccountForm({
  onCreated,
}: {
  onCreated: (account: { displayName: string; temporaryPassword: string }) => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const empty = {
    displayName: '',
    email: '',
    role: 'coordinator' as 'coordinator' | 'admin',
  };
  const [form, setForm] = useState(empty);
  const create = useMutation(
    trpc.admin.accounts.create.mutationOptions({
      onSuccess: (account) => {
        setForm(empty);
        onCreated(account);
      },
    }),
  );
  const problem = formProblem(create.error, ['displayName', 'email', 'role']);
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(form);
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <Field
        id={`${id}-name`}
        label={texts.accounts.fields.displayName}
        error={problem.fields['displayName']}
      >
        <input
          type="text"
          autoComplete="off"
          value={form.displayName}
          onChange={(e) => set({ displayName: e.target.value })}
        />
      </Field>
      <Field id={`${id}-email`} label={texts.accounts.fields.email} error={problem.fields['email']}>
        <input
          type="email"
          autoComplete="off"
          value={form.email}
          onChange={(e) => set({ email: e.target.value })}
        />
      </Field>
      <Field id={`${id}-role`} label={texts.accounts.fields.role} error={problem.fields['role']}>
        <select
          value={form.role}
          onChange={(e) => set({ role: e.target.value as 'coordinator' | 'admin' })}
        >
          <option value="coordinator">{texts.accounts.roles['coordinator']}</option>
          <option value="admin">{texts.accounts.roles['admin']}</option>
        </select>
      </Field>
      <FormErrorSummary messages={create.isError ? problem.summary : []} />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {texts.accounts.create}
      </button>
    </form>
  );
}
