import type { ElasticPlan } from '@jamsessie/domain';
import { texts } from '../texts';

/** What the facilitator can choose when the minimum boxes no longer fit the hour. */
export type ElasticChoice =
  { type: 'dropLastDilemma' } | { type: 'acceptOverrun'; minutes: number };

/**
 * The elastic hour for the facilitator only: how far behind or ahead the run is, the next
 * box's re-planned minutes, and, when even the shortest steps no longer fit, the choice
 * between dropping the last dilemma and running over. The shared screen never shows this.
 */
export function ElasticPanel({
  plan,
  busy,
  onChoose,
}: {
  plan: ElasticPlan;
  busy: boolean;
  onChoose: (choice: ElasticChoice) => void;
}) {
  const t = texts.live.elastic;
  const { kind, minutes } = plan.deviation;
  const status =
    kind === 'behind' ? t.behind(minutes) : kind === 'ahead' ? t.ahead(minutes) : t.onTime;
  const next = plan.boxes[0];
  return (
    <section className="elastic" aria-labelledby="elastic-title">
      <h2 className="elastic__title" id="elastic-title">
        {t.title}
      </h2>
      <p className={`elastic__status elastic__status--${kind}`} data-testid="schedule">
        {status}
      </p>
      {next ? (
        <p className="elastic__next">{t.nextBox(next.minutes, next.plannedMinutes)}</p>
      ) : null}
      {plan.proposal ? (
        <div className="elastic__proposal" role="group" aria-labelledby="elastic-choice">
          <p id="elastic-choice">{t.doesNotFit}</p>
          {plan.proposal.skipLast ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => onChoose({ type: 'dropLastDilemma' })}
            >
              {plan.proposal.skipLast.fitsThen ? t.dropLast : t.dropLastStillOver}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() =>
              onChoose({ type: 'acceptOverrun', minutes: plan.proposal?.overrunMinutes ?? 1 })
            }
          >
            {t.runOver(plan.proposal.overrunMinutes)}
          </button>
        </div>
      ) : null}
    </section>
  );
}
