import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDayMonthYear, toLocalParts, type Participation } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { Field, FormErrorSummary } from '../common/web-kit';
import { StatusMessage } from '../common/StatusMessage';
import { texts } from '../texts';
import { participationEndOf } from './organisation-form';

type Movement = { id: string; name: string; shortName: string };

/** The periods in which an organisation takes part in each movement: add, end, remove. */
export function ParticipationsEditor({
  organisationId,
  participations,
  movements,
}: {
  organisationId: string;
  participations: Participation[];
  movements: Movement[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const refresh = async () => {
    setStatus(texts.organisations.participationSaved);
    await queryClient.invalidateQueries({ queryKey: trpc.admin.organisations.pathKey() });
  };
  const create = useMutation(
    trpc.admin.organisations.participations.create.mutationOptions({ onSuccess: refresh }),
  );
  const update = useMutation(
    trpc.admin.organisations.participations.update.mutationOptions({ onSuccess: refresh }),
  );
  const remove = useMutation(
    trpc.admin.organisations.participations.delete.mutationOptions({ onSuccess: refresh }),
  );
  const [movementId, setMovementId] = useState(movements[0]?.id ?? '');
  const [from, setFrom] = useState(toLocalParts(new Date().toISOString()).date);
  const [until, setUntil] = useState('');
  const problem = formProblem(create.error, ['movementId', 'from', 'until']);
  const other = formProblem(update.error ?? remove.error, []);
  const nameOf = (mid: string) => movements.find((m) => m.id === mid)?.name ?? mid;

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    create.mutate({ organisationId, movementId, from, until: until || null });
  }

  return (
    <div className="stack">
      {participations.length === 0 ? (
        <p className="muted">{texts.organisations.noParticipations}</p>
      ) : (
        <ul className="item-list">
          {participations.map((p) => (
            <ParticipationRow
              key={`${p.id}-${p.version}`}
              participation={p}
              movementName={nameOf(p.movementId)}
              busy={update.isPending || remove.isPending}
              onEnd={(untilDate) => {
                setStatus(null);
                update.mutate(participationEndOf(p, untilDate));
              }}
              onRemove={() => {
                setStatus(null);
                remove.mutate({ id: p.id, version: p.version });
              }}
            />
          ))}
        </ul>
      )}
      <FormErrorSummary
        messages={update.error || remove.error ? other.summary : []}
        onReload={
          other.conflict
            ? () => {
                update.reset();
                remove.reset();
                void queryClient.invalidateQueries({
                  queryKey: trpc.admin.organisations.pathKey(),
                });
              }
            : undefined
        }
      />
      <form className="form" noValidate onSubmit={submit}>
        <h4>{texts.organisations.addParticipation}</h4>
        <div className="form__row">
          <Field
            id={`${id}-movement`}
            label={texts.organisations.movement}
            error={problem.fields['movementId']}
          >
            <select value={movementId} onChange={(e) => setMovementId(e.target.value)}>
              {movements.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-from`} label={texts.organisations.from} error={problem.fields['from']}>
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field
            id={`${id}-until`}
            label={texts.organisations.until}
            hint={texts.organisations.untilHint}
            optional
            error={problem.fields['until']}
          >
            <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
          </Field>
        </div>
        <FormErrorSummary messages={create.isError ? problem.summary : []} />
        <button type="submit" className="button button--secondary" disabled={create.isPending}>
          {texts.organisations.addParticipation}
        </button>
      </form>
      <StatusMessage message={status} />
    </div>
  );
}

function ParticipationRow({
  participation,
  movementName,
  busy,
  onEnd,
  onRemove,
}: {
  participation: Participation;
  movementName: string;
  busy: boolean;
  onEnd: (until: string) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const [until, setUntil] = useState(participation.until ?? '');
  return (
    <li className="item">
      <div className="item__main">
        <p className="item__title">
          {participation.until
            ? texts.organisations.between(
                movementName,
                formatDayMonthYear(participation.from),
                formatDayMonthYear(participation.until),
              )
            : texts.organisations.since(movementName, formatDayMonthYear(participation.from))}
        </p>
        <form
          className="row"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onEnd(until);
          }}
        >
          <Field
            id={`${id}-until`}
            label={`${texts.organisations.until} (${movementName})`}
            optional
          >
            <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
          </Field>
          <button type="submit" className="button button--secondary button--small" disabled={busy}>
            {texts.organisations.endParticipation}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={busy}
            aria-label={texts.organisations.removeParticipationLabel(movementName)}
            onClick={onRemove}
          >
            {texts.organisations.removeParticipation}
          </button>
        </form>
      </div>
    </li>
  );
}
