import { Link } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDate, formatTime, sessionStatusLabels } from '@jamsessie/domain';
import { useRef, useState } from 'react';
import { ErrorState, FormErrorSummary, LoadingState, readApiError } from '../common/web-kit';
import type { PlanPreview } from '../api/api-types';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { StatusMessage } from '../common/StatusMessage';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { DecisionCell } from './DecisionCell';
import { FlagTags } from './FlagTags';
import {
  countDecisions,
  initialDecisions,
  isOpen,
  toPlanChoice,
  type Decision,
  type Decisions,
  type DecisionProblem,
} from './plan-decisions';

/**
 * One year of a series in one screen: every date the rule gives, with holiday and carnival
 * flags, the session already in the agenda, and for open dates a decision (accept, move,
 * skip). Applying creates the sessions and stores skips and moves as exceptions.
 */
export function YearPlan({ seriesId, year }: { seriesId: string; year: number }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.admin.series.planYear.queryOptions({ seriesId, year }));
  // Lives above the table: the table starts afresh from every new preview.
  const [status, setStatus] = useState<string | null>(null);
  if (preview.isPending) return <LoadingState lines={3} />;
  if (preview.isError) {
    return (
      <ErrorState
        headingLevel={3}
        message={readApiError(preview.error).message}
        onRetry={() => void preview.refetch()}
      />
    );
  }
  return (
    <>
      <YearPlanTable
        key={`${year}-${preview.dataUpdatedAt}`}
        preview={preview.data}
        onStatus={setStatus}
      />
      <StatusMessage message={status} />
    </>
  );
}

function YearPlanTable({
  preview,
  onStatus: setStatus,
}: {
  preview: PlanPreview;
  onStatus: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [decisions, setDecisions] = useState<Decisions>(() => initialDecisions(preview.dates));
  const [problems, setProblems] = useState<DecisionProblem[]>([]);
  // A double click must not send the plan twice: `isPending` reaches the button only after a
  // render, the ref at once.
  const sending = useRef(false);
  const apply = useMutation(
    trpc.admin.series.applyPlan.mutationOptions({
      onSettled: () => {
        sending.current = false;
      },
      onSuccess: async (result) => {
        setStatus(texts.plan.applied(result.created.length, result.alreadyPresent.length));
        await queryClient.invalidateQueries({ queryKey: trpc.admin.series.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.admin.sessions.pathKey() });
      },
    }),
  );
  const problem = formProblem(apply.error, []);
  const counts = countDecisions(decisions);
  const skipped = preview.series.exceptions.filter(
    (e) => e.kind === 'skip' && e.date.startsWith(`${preview.year}-`),
  );
  const problemOf = (date: string) => problems.find((p) => p.date === date)?.message;

  function decide(date: string, decision: Decision) {
    setDecisions((current) => ({ ...current, [date]: decision }));
    setProblems((current) => current.filter((p) => p.date !== date));
  }

  function submit() {
    if (sending.current) return;
    setStatus(null);
    const choice = toPlanChoice(decisions, preview.year, {
      moveDateMissing: texts.plan.moveDateMissing,
      moveOutsideYear: texts.plan.moveOutsideYear,
    });
    if (!choice.ok) {
      setProblems(choice.problems);
      document.getElementById(`decision-${choice.problems[0]?.date ?? ''}`)?.focus();
      return;
    }
    sending.current = true;
    apply.mutate({
      seriesId: preview.series.id,
      version: preview.series.version,
      year: preview.year,
      ...choice.value,
    });
  }

  const open = preview.dates.filter(isOpen).length;
  return (
    <div className="stack">
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{texts.plan.yearTitle(preview.year)}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.plan.colDate}</th>
              <th scope="col">{texts.plan.colTime}</th>
              <th scope="col">{texts.plan.colTheme}</th>
              <th scope="col">{texts.plan.colFlags}</th>
              <th scope="col">{texts.plan.colDecision}</th>
            </tr>
          </thead>
          <tbody>
            {preview.dates.map((d) => {
              const label = formatDate(d.date);
              const decision = decisions[d.date];
              return (
                <tr
                  key={d.date}
                  className={d.flags.length > 0 ? 'is-flagged' : undefined}
                  data-date={d.date}
                >
                  <th scope="row">{label}</th>
                  <td className="nowrap">
                    {formatTime(d.startsAt)}–{formatTime(d.endsAt)}
                  </td>
                  <td>{d.themeLabel ?? texts.common.none}</td>
                  <td>
                    <FlagTags flags={d.flags} />
                    {d.exception?.kind === 'move' ? (
                      <span className="tag">
                        {texts.plan.movedFrom(formatDate(d.exception.date))}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {d.existing ? (
                      <Link href={paths.session(d.existing.id)}>
                        {texts.plan.inAgenda} · {sessionStatusLabels[d.existing.status]}
                      </Link>
                    ) : d.inPast ? (
                      <span className="muted">{texts.plan.past}</span>
                    ) : decision ? (
                      <DecisionCell
                        date={d.date}
                        dateLabel={label}
                        decision={decision}
                        error={problemOf(d.date)}
                        onChange={(next) => decide(d.date, next)}
                      />
                    ) : (
                      <span className="muted">{texts.common.none}</span>
                    )}
                  </td>
                </tr>
              );
            })}
            {skipped.map((e) => (
              <tr key={`skip-${e.date}`} className="is-skipped">
                <th scope="row">{formatDate(e.date)}</th>
                <td>{texts.common.none}</td>
                <td>{texts.common.none}</td>
                <td>
                  <span className="tag tag--muted">
                    {e.reason ? texts.plan.skippedReason(e.reason) : texts.plan.skipped}
                  </span>
                </td>
                <td>{texts.plan.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open > 0 ? (
        <div className="plan-apply">
          <p className="muted">
            {texts.plan.summary(counts.accept, counts.skip, counts.move, counts.undecided)}
          </p>
          <FormErrorSummary
            messages={apply.isError ? problem.summary : []}
            onReload={
              problem.conflict
                ? () =>
                    void queryClient.invalidateQueries({ queryKey: trpc.admin.series.pathKey() })
                : undefined
            }
          />
          <button
            type="button"
            className="button button--primary"
            onClick={submit}
            disabled={apply.isPending}
          >
            {apply.isPending ? texts.plan.applying : texts.plan.apply}
          </button>
        </div>
      ) : (
        <p className="muted">{texts.plan.nothingToApply}</p>
      )}
      {preview.unplanned.length > 0 ? (
        <section aria-labelledby="unplanned-title">
          <h3 id="unplanned-title">{texts.plan.unplanned}</h3>
          <ul>
            {preview.unplanned.map((s) => (
              <li key={s.id}>
                <Link href={paths.session(s.id)}>{formatDate(s.startsAt)}</Link> ·{' '}
                {sessionStatusLabels[s.status]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
