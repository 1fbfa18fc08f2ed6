import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  consentLevelLabels,
  consentSubjectLabels,
  formatDateTime,
  toLocalParts,
} from '@jamsessie/domain';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { downloadJson, exportFileName } from './download';

/** One person: their consent history, and the export and erasure they may ask for. */
export function PersonPanel({ personId, onErased }: { personId: string; onErased: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.admin.people.get.queryOptions({ id: personId }));
  const [confirm, setConfirm] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [textsToCheck, setTextsToCheck] = useState<string[]>([]);
  const exportData = useMutation(
    trpc.admin.people.export.mutationOptions({
      onSuccess: (data) => {
        downloadJson(data, exportFileName(personId, toLocalParts(new Date().toISOString()).date));
        setStatus(texts.people.exported);
      },
    }),
  );
  const erase = useMutation(
    trpc.admin.people.erase.mutationOptions({
      onSuccess: async (result) => {
        setConfirm(false);
        setStatus(texts.people.erased(result.anonymised.dilemmas, result.anonymised.reports));
        setTextsToCheck(result.textsToCheck.map((t) => t.excerpt));
        await queryClient.invalidateQueries({ queryKey: trpc.admin.people.pathKey() });
      },
    }),
  );
  const failure = exportData.error ?? erase.error;
  return (
    <section className="card" aria-labelledby="person-title" aria-busy={detail.isPending}>
      {detail.isPending ? (
        <LoadingState lines={1} />
      ) : detail.isError ? (
        <>
          <h2 id="person-title" className="visually-hidden">
            {texts.people.title}
          </h2>
          {status ? (
            <>
              <StatusMessage message={status} />
              <button type="button" className="button button--secondary" onClick={onErased}>
                {texts.common.close}
              </button>
            </>
          ) : (
            <ErrorState headingLevel={3} message={readApiError(detail.error).message} />
          )}
        </>
      ) : (
        <>
          <h2 id="person-title" className="card__title">
            {texts.people.detailTitle(detail.data.person.displayName)}
          </h2>
          <p className="muted">
            {detail.data.person.email ?? texts.common.none} ·{' '}
            {texts.people.dilemmas(detail.data.dilemmas.length)} ·{' '}
            {texts.people.attended(detail.data.attendedSessionIds.length)}
          </p>
          <h3>{texts.people.consentsTitle}</h3>
          {detail.data.consents.length === 0 ? (
            <p className="muted">{texts.people.consentsNone}</p>
          ) : (
            <ul className="consents">
              {detail.data.consents.map((c) => (
                <li key={c.id}>
                  {texts.people.consentLine(
                    consentSubjectLabels[c.subject],
                    c.subject === 'contact_sharing'
                      ? c.granted
                        ? texts.people.granted
                        : texts.people.notGranted
                      : consentLevelLabels[c.level],
                    formatDateTime(c.at),
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <button
              type="button"
              className="button button--secondary"
              disabled={exportData.isPending}
              onClick={() => {
                setStatus(null);
                exportData.mutate({ personId });
              }}
            >
              {texts.people.export}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setConfirm(true)}
            >
              {texts.people.erase}
            </button>
          </div>
          <ConfirmDialog
            open={confirm}
            title={texts.people.eraseTitle}
            confirmLabel={texts.people.eraseConfirm}
            danger
            busy={erase.isPending}
            onCancel={() => setConfirm(false)}
            onConfirm={() => erase.mutate({ personId })}
          >
            <p>{texts.people.eraseText(detail.data.person.displayName)}</p>
          </ConfirmDialog>
        </>
      )}
      {failure ? (
        <p className="notice notice--error" role="alert">
          {readApiError(failure).message}
        </p>
      ) : null}
      {!detail.isError ? <StatusMessage message={status} /> : null}
      {textsToCheck.length > 0 ? (
        <div className="notice notice--warn">
          <p>{texts.people.textsToCheck}</p>
          <ul>
            {textsToCheck.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
