import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { PageHeader } from '../common/PageHeader';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { NewAccountForm } from './NewAccountForm';
import { TemporaryPasswordNotice, type TemporaryPassword } from './TemporaryPasswordNotice';

/**
 * Coordinator accounts, for admins: create (with a temporary password, shown once), give a
 * new temporary password, disable or enable, change the role.
 */
export function AccountsPage({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accounts = useQuery(trpc.admin.accounts.list.queryOptions());
  const [status, setStatus] = useState<string | null>(null);
  const refresh = (message: string) => async () => {
    setStatus(message);
    await queryClient.invalidateQueries({ queryKey: trpc.admin.accounts.pathKey() });
  };
  const disable = useMutation(
    trpc.admin.accounts.disable.mutationOptions({ onSuccess: refresh(texts.accounts.changed) }),
  );
  const changeRole = useMutation(
    trpc.admin.accounts.changeRole.mutationOptions({ onSuccess: refresh(texts.accounts.changed) }),
  );
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);
  const [toReset, setToReset] = useState<{ id: string; version: number; name: string } | null>(
    null,
  );
  const resetPassword = useMutation(
    trpc.admin.accounts.resetPassword.mutationOptions({
      onSuccess: (account) => {
        setToReset(null);
        setTemporary({ name: account.displayName, password: account.temporaryPassword });
        void refresh(texts.accounts.changed)();
      },
    }),
  );
  const failure = disable.error ?? changeRole.error ?? resetPassword.error;
  const busy = disable.isPending || changeRole.isPending || resetPassword.isPending;
  return (
    <div className="page">
      <PageHeader title={texts.accounts.title} lead={texts.accounts.lead} />
      <StatusMessage message={status} />
      {temporary ? (
        <TemporaryPasswordNotice temporary={temporary} onDismiss={() => setTemporary(null)} />
      ) : null}
      {failure ? (
        <p className="notice notice--error" role="alert">
          {readApiError(failure).message}
        </p>
      ) : null}
      <div className="layout-aside">
        <section aria-labelledby="accounts-title">
          <h2 id="accounts-title" className="visually-hidden">
            {texts.accounts.title}
          </h2>
          {accounts.isPending ? (
            <LoadingState lines={2} />
          ) : accounts.isError ? (
            <ErrorState
              headingLevel={3}
              message={readApiError(accounts.error).message}
              onRetry={() => void accounts.refetch()}
            />
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{texts.accounts.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.accounts.colName}</th>
                    <th scope="col">{texts.accounts.colRole}</th>
                    <th scope="col">{texts.accounts.colStatus}</th>
                    <th scope="col">{texts.common.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {accounts.data.map((a) => {
                    const self = a.id === currentUserId;
                    const roleAction =
                      a.role === 'admin'
                        ? texts.accounts.makeCoordinator
                        : texts.accounts.makeAdmin;
                    const stateAction = a.disabled ? texts.accounts.enable : texts.accounts.disable;
                    return (
                      <tr key={a.id}>
                        <th scope="row">
                          {a.displayName}{' '}
                          {self ? <span className="muted">{texts.accounts.you}</span> : null}
                          <br />
                          <span className="small muted">{a.email}</span>
                          <br />
                          <span className="small muted">
                            {texts.accounts.colLastLogin}:{' '}
                            {a.lastLoginAt ? formatDateTime(a.lastLoginAt) : texts.accounts.never}
                          </span>
                        </th>
                        <td>{texts.accounts.roles[a.role] ?? a.role}</td>
                        <td>
                          <span className={`tag${a.disabled ? ' tag--danger' : ' tag--ok'}`}>
                            {a.disabled ? texts.accounts.disabled : texts.accounts.active}
                          </span>
                        </td>
                        <td>
                          <div className="row">
                            {!self ? (
                              <button
                                type="button"
                                className="button button--ghost button--small"
                                disabled={busy}
                                aria-label={texts.accounts.actionFor(roleAction, a.displayName)}
                                onClick={() => {
                                  setStatus(null);
                                  changeRole.mutate({
                                    id: a.id,
                                    version: a.version,
                                    role: a.role === 'admin' ? 'coordinator' : 'admin',
                                  });
                                }}
                              >
                                {roleAction}
                              </button>
                            ) : null}
                            {!self ? (
                              <button
                                type="button"
                                className="button button--ghost button--small"
                                disabled={busy}
                                aria-label={texts.accounts.actionFor(stateAction, a.displayName)}
                                onClick={() => {
                                  setStatus(null);
                                  disable.mutate({
                                    id: a.id,
                                    version: a.version,
                                    disabled: !a.disabled,
                                  });
                                }}
                              >
                                {stateAction}
                              </button>
                            ) : null}
                            {!self ? (
                              <button
                                type="button"
                                className="button button--ghost button--small"
                                disabled={busy}
                                aria-label={texts.accounts.actionFor(
                                  texts.accounts.resetPassword,
                                  a.displayName,
                                )}
                                onClick={() => {
                                  setStatus(null);
                                  setToReset({ id: a.id, version: a.version, name: a.displayName });
                                }}
                              >
                                {texts.accounts.resetPassword}
                              </button>
                            ) : null}
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <ConfirmDialog
          open={toReset !== null}
          title={texts.accounts.resetConfirmTitle(toReset?.name ?? '')}
          confirmLabel={texts.accounts.resetPassword}
          busy={resetPassword.isPending}
          onConfirm={() =>
            toReset && resetPassword.mutate({ id: toReset.id, version: toReset.version })
          }
          onCancel={() => setToReset(null)}
        >
          <p>{texts.accounts.resetConfirmText}</p>
        </ConfirmDialog>
        <section className="card" aria-labelledby="account-new-title">
          <h2 id="account-new-title" className="card__title">
            {texts.accounts.newTitle}
          </h2>
          <p className="small muted">{texts.accounts.newLead}</p>
          <NewAccountForm
            onCreated={(account) => {
              setTemporary({ name: account.displayName, password: account.temporaryPassword });
              void refresh(texts.accounts.created)();
            }}
          />
        </section>
      </div>
    </div>
  );
}
