import { useState } from 'react';
import { PageHeader } from '../common/PageHeader';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { PasswordForm } from './PasswordForm';
import { useChangePassword } from './use-change-password';

/** The signed-in coordinator changes their own password; other devices are signed out. */
export function ChangePasswordPage() {
  const [status, setStatus] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const change = useChangePassword(() => {
    setStatus(texts.password.changed);
    setFormKey((k) => k + 1);
  });
  return (
    <div className="page">
      <PageHeader title={texts.password.changeTitle} lead={texts.password.changeLead} />
      <StatusMessage message={status} />
      <section className="card password-card" aria-label={texts.password.changeTitle}>
        <PasswordForm
          key={formKey}
          currentLabel={texts.password.current}
          pending={change.isPending}
          error={change.error}
          onSubmit={(values) => {
            setStatus(null);
            change.mutate(values);
          }}
        />
      </section>
    </div>
  );
}
