import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  formatDate,
  formatTime,
  programmeItemKindLabels,
  programmeRoleKindLabels,
  proposalStatusLabels,
  sectorLabels,
  type ProgrammeItem,
  type WeekDay,
} from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { readApiError } from '../api/api-errors';
import { useTRPC } from '../api/trpc';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Field } from '../common/Field';
import { FormErrorSummary } from '../common/FormErrorSummary';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { itemDraftOf, itemInputOf, type ItemDraft } from './programme-form';
import { ProgrammeItemForm } from './ProgrammeItemForm';

type Option = { id: string; label: string };

/** One sector day: its links, its programme (with decisions on local programmes), a new item. */
export function DayCard({
  day,
  items,
  organisations,
}: {
  day: WeekDay;
  items: ProgrammeItem[];
  organisations: Option[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [adding, setAdding] = useState(0);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.week.pathKey() });
  const done = (message: string) => async () => {
    setStatus(message);
    await refresh();
  };
  const create = useMutation(
    trpc.admin.week.items.create.mutationOptions({
      onSuccess: async () => {
        setAdding((n) => n + 1);
        await done(texts.week.itemSaved)();
      },
    }),
  );
  const orgName = (id: string | null) => organisations.find((o) => o.id === id)?.label ?? null;
  const headingId = useId();
  return (
    <section className="card day-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {day.title}
      </h2>
      <p className="muted">
        {formatDate(day.date)} · {texts.week.sector(sectorLabels[day.sector])}
      </p>
      <h3>{texts.week.programme}</h3>
      {items.length === 0 ? (
        <p className="muted">{texts.week.noItems}</p>
      ) : (
        <ul className="item-list">
          {items.map((item) => (
            <ProgrammeRow
              key={`${item.id}-${item.version}`}
              item={item}
              day={day}
              organisations={organisations}
              orgName={orgName}
              onDone={(message) => void done(message)()}
            />
          ))}
        </ul>
      )}
      <details className="disclosure">
        <summary>{texts.week.addItem}</summary>
        <ProgrammeItemForm
          key={adding}
          initial={itemDraftOf(null)}
          organisations={organisations}
          busy={create.isPending}
          error={create.error}
          onSubmit={(draft) => create.mutate(itemInputOf(draft, day))}
        />
      </details>
      <DayLinks day={day} onSaved={() => void done(texts.week.linksSaved)()} />
      <StatusMessage message={status} />
    </section>
  );
}

function ProgrammeRow({
  item,
  day,
  organisations,
  orgName,
  onDone,
}: {
  item: ProgrammeItem;
  day: WeekDay;
  organisations: Option[];
  orgName: (id: string | null) => string | null;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const [confirm, setConfirm] = useState(false);
  const decide = useMutation(
    trpc.admin.week.items.decide.mutationOptions({ onSuccess: () => onDone(texts.week.decided) }),
  );
  const remove = useMutation(
    trpc.admin.week.items.delete.mutationOptions({ onSuccess: () => onDone(texts.week.removed) }),
  );
  const update = useMutation(
    trpc.admin.week.items.update.mutationOptions({ onSuccess: () => onDone(texts.week.itemSaved) }),
  );
  const failure = decide.error ?? remove.error;
  const host = orgName(item.organisationId);
  return (
    <li className="item programme-item">
      <div className="item__main">
        <p className="item__meta">
          {formatTime(item.startsAt)}–{formatTime(item.endsAt)} ·{' '}
          {programmeItemKindLabels[item.kind]}
          {item.kind === 'local_programme' ? (
            <>
              {' '}
              <span
                className={`tag${item.proposalStatus === 'accepted' ? ' tag--ok' : item.proposalStatus === 'declined' ? ' tag--danger' : ' tag--holiday'}`}
              >
                {proposalStatusLabels[item.proposalStatus]}
              </span>
            </>
          ) : null}
        </p>
        <h4 className="item__title">{item.title}</h4>
        {host ? <p className="item__meta">{texts.week.proposedBy(host)}</p> : null}
        {item.roles.length > 0 ? (
          <ul className="roles" aria-label={texts.week.roles}>
            {item.roles.map((r, i) => (
              <li key={`${r.personName}-${i}`}>
                {r.personName}{' '}
                <span className="muted">
                  ({programmeRoleKindLabels[r.role]}
                  {r.organisationId && orgName(r.organisationId)
                    ? `, ${orgName(r.organisationId)}`
                    : ''}
                  )
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {failure ? (
          <p className="notice notice--error" role="alert">
            {readApiError(failure).message}
          </p>
        ) : null}
        <details className="disclosure">
          <summary>
            {texts.week.editItem}
            <span className="visually-hidden">: {item.title}</span>
          </summary>
          <ProgrammeItemForm
            initial={itemDraftOf(item)}
            organisations={organisations}
            busy={update.isPending}
            error={update.error}
            onSubmit={(draft: ItemDraft) => {
              const { proposalStatus: _status, ...rest } = itemInputOf(draft, day);
              update.mutate({ ...rest, id: item.id, version: item.version });
            }}
          />
        </details>
      </div>
      <div className="item__actions">
        {item.kind === 'local_programme' && item.proposalStatus === 'proposed' ? (
          <>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={decide.isPending}
              onClick={() =>
                decide.mutate({ id: item.id, version: item.version, decision: 'accepted' })
              }
            >
              {texts.week.accept}
              <span className="visually-hidden">: {item.title}</span>
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={decide.isPending}
              onClick={() =>
                decide.mutate({ id: item.id, version: item.version, decision: 'declined' })
              }
            >
              {texts.week.decline}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => setConfirm(true)}
        >
          {texts.week.removeItem}
          <span className="visually-hidden">: {item.title}</span>
        </button>
      </div>
      <ConfirmDialog
        open={confirm}
        title={texts.week.removeItemTitle}
        confirmLabel={texts.week.removeItem}
        danger
        busy={remove.isPending}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          remove.mutate({ id: item.id, version: item.version });
        }}
      >
        <p>{texts.week.removeItemText(item.title)}</p>
      </ConfirmDialog>
    </li>
  );
}

function DayLinks({ day, onSaved }: { day: WeekDay; onSaved: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [recording, setRecording] = useState(day.recordingUrl ?? '');
  const [report, setReport] = useState(day.reportUrl ?? '');
  const save = useMutation(trpc.admin.week.days.setLinks.mutationOptions({ onSuccess: onSaved }));
  const problem = formProblem(save.error, ['recordingUrl', 'reportUrl']);
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      id: day.id,
      recordingUrl: recording.trim() || null,
      reportUrl: report.trim() || null,
    });
  }
  return (
    <form className="form day-links" noValidate onSubmit={submit}>
      <h3>{texts.week.links}</h3>
      <div className="form__row">
        <Field
          id={`${id}-rec`}
          label={texts.week.recordingUrl}
          optional
          error={problem.fields['recordingUrl']}
        >
          <input type="url" value={recording} onChange={(e) => setRecording(e.target.value)} />
        </Field>
        <Field
          id={`${id}-rep`}
          label={texts.week.reportUrl}
          optional
          error={problem.fields['reportUrl']}
        >
          <input type="url" value={report} onChange={(e) => setReport(e.target.value)} />
        </Field>
      </div>
      <FormErrorSummary
        messages={save.isError && Object.keys(problem.fields).length === 0 ? problem.summary : []}
      />
      <button type="submit" className="button button--secondary" disabled={save.isPending}>
        {texts.week.saveLinks}
      </button>
    </form>
  );
}
