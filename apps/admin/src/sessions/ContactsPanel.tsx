import { Link } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { StatusMessage } from '../common/StatusMessage';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { ParticipantsForm } from './ParticipantsForm';

const t = texts.contacts;

/**
 * After a session: who took part (with each one's choice to share their address), the form
 * to record more, and the one action that mails every participant who opted in the others
 * who opted in, through the outbox.
 */
export function ContactsPanel({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const attendance = useQuery(trpc.admin.people.attendance.list.queryOptions({ sessionId }));
  const overview = useQuery(trpc.admin.contacts.overview.queryOptions({ sessionId }));
  const choices = useQuery(trpc.admin.people.attendance.choices.queryOptions({ sessionId }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.people.attendance.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.contacts.pathKey() }),
    ]);
  const record = useMutation(
    trpc.admin.contacts.recordParticipants.mutationOptions({
      onSuccess: async (result) => {
        setSaved(t.saved(result.attendees, result.sharing));
        setGeneration((g) => g + 1);
        await refresh();
      },
    }),
  );
  const send = useMutation(
    trpc.admin.contacts.sendContactLists.mutationOptions({
      onSuccess: async (result) => {
        setSent(t.sent(result.queued, result.unchanged, result.withoutEmail));
        await queryClient.invalidateQueries({ queryKey: trpc.admin.outbox.pathKey() });
      },
    }),
  );

  if (attendance.isPending || overview.isPending) return <LoadingState lines={2} />;
  if (attendance.isError || overview.isError) {
    return (
      <ErrorState
        headingLevel={3}
        message={readApiError(attendance.error ?? overview.error).message}
        onRetry={() => void Promise.all([attendance.refetch(), overview.refetch()])}
      />
    );
  }
  const attendees = attendance.data.attendees;
  const canSend = overview.data.recipients.filter((r) => r.hasEmail).length >= 2;

  return (
    <div className="contacts">
      <div>
        <h3>{t.recordedTitle}</h3>
        {attendees.length === 0 ? (
          <p className="muted">{t.recordedNone}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.recordedCaption}>
            <table>
              <caption className="visually-hidden">{t.recordedCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.email}</th>
                  <th scope="col">{t.organisation}</th>
                  <th scope="col">{t.shares}</th>
                </tr>
              </thead>
              <tbody>
                {attendees.map((a) => (
                  <tr key={a.person.id}>
                    <th scope="row">{a.person.displayName}</th>
                    <td>{a.person.email ?? texts.common.none}</td>
                    <td>{a.organisationName ?? texts.common.none}</td>
                    <td>{a.sharesContact ? texts.common.yes : texts.common.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <ParticipantsForm
        key={generation}
        sessionId={sessionId}
        people={choices.data?.people ?? []}
        organisations={choices.data?.organisations ?? []}
        saving={record.isPending}
        error={record.error}
        savedMessage={saved}
        onSave={(input) => {
          setSaved(null);
          record.mutate(input);
        }}
      />
      <section aria-labelledby="send-contacts-title">
        <h3 id="send-contacts-title">{t.sendTitle}</h3>
        <p>{t.overview(overview.data.attendees, overview.data.sharing)}</p>
        <p className="small muted">{t.privacy}</p>
        {overview.data.awaitingConfirmation.length > 0 ? (
          <p className="small">
            {t.awaiting(overview.data.awaitingConfirmation.map((p) => p.name))}
          </p>
        ) : null}
        {overview.data.recipients.length > 0 ? (
          <ul className="small">
            {overview.data.recipients.map((r) => (
              <li key={r.personId}>{t.recipient(r.name, r.contacts, r.hasEmail)}</li>
            ))}
          </ul>
        ) : null}
        {canSend ? null : <p className="small muted">{t.nothingToSend}</p>}
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={send.isPending || !canSend}
            onClick={() => {
              setSent(null);
              send.mutate({ sessionId });
            }}
          >
            {send.isPending ? t.sending : t.send}
          </button>
          <StatusMessage message={sent} />
        </div>
        {send.isError ? (
          <p className="notice notice--error" role="alert">
            {readApiError(send.error).message}
          </p>
        ) : null}
        {sent ? (
          <p>
            <Link href={paths.dashboard()}>{t.toOutbox}</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
