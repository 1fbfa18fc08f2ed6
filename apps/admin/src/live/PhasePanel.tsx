import type { ProtocolState } from '@jamsessie/domain';
import { Link } from '@jamsessie/web';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/**
 * What the facilitator sees outside the steps: before the start the chosen dilemmas in
 * order with their time boxes; after the end the way to the report.
 */
export function PhasePanel({ state }: { state: ProtocolState }) {
  if (state.phase === 'inventory') {
    const chosen = state.chosen.map(
      (id) => state.dilemmas.find((d) => d.dilemmaId === id)?.title ?? id,
    );
    return (
      <section className="phase-panel" aria-labelledby="phase-title">
        <h2 id="phase-title">{texts.live.inventoryTitle}</h2>
        <p>{texts.live.inventoryIntro}</p>
        <h3>{texts.live.chosenTitle}</h3>
        {chosen.length === 0 ? (
          <p>{texts.live.chosenNone}</p>
        ) : (
          <ol className="phase-panel__list">
            {chosen.map((title, i) => (
              <li key={`${i}-${title}`}>{title}</li>
            ))}
          </ol>
        )}
        {state.plan ? (
          <p className="phase-panel__plan">
            {texts.live.planLine(
              state.plan.perDilemma.formulate,
              state.plan.perDilemma.discuss,
              state.plan.perDilemma.reflect,
            )}
          </p>
        ) : null}
        <p>
          <Link href={paths.inventory(state.sessionId)}>{texts.live.toInventory}</Link>
        </p>
      </section>
    );
  }
  if (state.phase === 'finished') {
    return (
      <section className="phase-panel" aria-labelledby="phase-title">
        <h2 id="phase-title">{texts.live.finishedTitle}</h2>
        <p>{texts.live.finishedIntro}</p>
        <p>
          <Link className="button button--primary" href={paths.report(state.sessionId)}>
            {texts.live.toReport}
          </Link>
        </p>
        <p>{texts.live.finishedContacts}</p>
        <p>
          <Link className="button button--secondary" href={paths.participants(state.sessionId)}>
            {texts.live.toContacts}
          </Link>
        </p>
      </section>
    );
  }
  return null;
}
