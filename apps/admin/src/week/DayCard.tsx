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
import { useId, useState } from 'react';
import { readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { itemDraftOf, itemInputOf, type ItemDraft } from './programme-form';
import { DayLinksForm } from './DayLinksForm';
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
  const setLinks = useMutation(
    trpc.admin.week.days.setLinks.mutationOptions({ onSuccess: done(texts.week.linksSaved) }),
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
              onReload={() => void refresh()}
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
      {/* Keyed by version: the fields always show the version the save is based on. */}
      <DayLinksForm
        key={`${day.id}-${day.version}`}
        day={day}
        busy={setLinks.isPending}
        error={setLinks.error}
        onSave={(links) => setLinks.mutate(links)}
        onReload={() => {
          setLinks.reset();
          void refresh();
        }}
      />
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
  onReload,
}: {
  item: ProgrammeItem;
  day: WeekDay;
  organisations: Option[];
  orgName: (id: string | null) => string | null;
  onDone: (message: string) => void;
  onReload: () => void;
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
            onReload={() => {
              update.reset();
              onReload();
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
