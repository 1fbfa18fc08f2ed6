import { err, ok, type Result } from '../shared/index.js';
import { ProtocolSettings, type StepBoxes, type TimePlan } from './time-plan.schema.js';

/**
 * The most dilemmas one session takes through the three steps.
 *
 * @example MAX_DILEMMAS_PER_SESSION // 6
 */
export const MAX_DILEMMAS_PER_SESSION = 6;

/**
 * The shortest box a step may get: below three minutes nobody can formulate or reflect.
 *
 * @example MIN_STEP_MINUTES // 3
 */
export const MIN_STEP_MINUTES = 3;

/**
 * The ratio of the steps: formulating and reflecting are short, the discussion is the core.
 *
 * @example STEP_RATIO.discuss // 5
 */
export const STEP_RATIO: Readonly<StepBoxes> = { formulate: 2, discuss: 5, reflect: 2 };

/** The codes with which {@link planTimeBoxes} refuses. */
export type TimePlanError =
  | 'PROTOCOL.INVALID_PLAN'
  | 'PROTOCOL.NOTHING_CHOSEN'
  | 'PROTOCOL.TOO_MANY_DILEMMAS'
  | 'PROTOCOL.DOES_NOT_FIT';

/** What {@link planTimeBoxes} needs; everything but the dilemma count has a default. */
export type PlanOptions = {
  sessionMinutes?: number;
  dilemmaCount: number;
  openingMinutes?: number;
  closingMinutes?: number;
};

/**
 * Fits the chosen dilemmas into the session. The time after the opening and the closing is
 * shared equally; each dilemma's share is split 2:5:2 over the steps (formulate and reflect
 * rounded down, at least 3 minutes each, the discussion gets the rest). Minutes that do not
 * divide evenly become buffer, so the plan never exceeds the session. Refuses with a Dutch
 * message when there are more than six dilemmas or a step would be shorter than 3 minutes.
 *
 * @example planTimeBoxes({ dilemmaCount: 2 })
 * // ok: perDilemma { formulate: 5, discuss: 15, reflect: 5 }, bufferMinutes 0
 * @example planTimeBoxes({ dilemmaCount: 6 }).ok // false: 50 minutes / 6 = 8 per dilemma < 3 × 3
 */
export function planTimeBoxes(options: PlanOptions): Result<TimePlan, TimePlanError> {
  const settings = ProtocolSettings.safeParse({
    sessionMinutes: options.sessionMinutes ?? 60,
    openingMinutes: options.openingMinutes ?? 5,
    closingMinutes: options.closingMinutes ?? 5,
  });
  const count = options.dilemmaCount;
  if (!settings.success || !Number.isInteger(count) || count < 0) {
    return err('PROTOCOL.INVALID_PLAN', 'Deze sessieduur of dit aantal vragen klopt niet.', {
      dilemmaCount: count,
    });
  }
  const { sessionMinutes, openingMinutes, closingMinutes } = settings.data;
  if (count === 0) {
    return err('PROTOCOL.NOTHING_CHOSEN', 'Kies eerst minstens één vraag om te bespreken.');
  }
  if (count > MAX_DILEMMAS_PER_SESSION) {
    return err(
      'PROTOCOL.TOO_MANY_DILEMMAS',
      `Kies hoogstens ${MAX_DILEMMAS_PER_SESSION} vragen; parkeer de andere voor een volgende keer.`,
      { dilemmaCount: count, max: MAX_DILEMMAS_PER_SESSION },
    );
  }
  const available = sessionMinutes - openingMinutes - closingMinutes;
  const share = Math.floor(available / count);
  if (share < 3 * MIN_STEP_MINUTES) {
    const fitting = Math.max(0, Math.floor(available / (3 * MIN_STEP_MINUTES)));
    return err(
      'PROTOCOL.DOES_NOT_FIT',
      `${count} vragen passen niet in ${sessionMinutes} minuten: elke stap heeft minstens ${MIN_STEP_MINUTES} minuten nodig. Kies er hoogstens ${fitting}.`,
      { dilemmaCount: count, availableMinutes: available, fitting },
    );
  }
  const units = STEP_RATIO.formulate + STEP_RATIO.discuss + STEP_RATIO.reflect;
  const formulate = Math.max(MIN_STEP_MINUTES, Math.floor((share * STEP_RATIO.formulate) / units));
  const reflect = Math.max(MIN_STEP_MINUTES, Math.floor((share * STEP_RATIO.reflect) / units));
  const discuss = share - formulate - reflect;
  return ok({
    sessionMinutes,
    openingMinutes,
    closingMinutes,
    dilemmaCount: count,
    perDilemma: { formulate, discuss, reflect },
    bufferMinutes: available - share * count,
  });
}

/**
 * The minutes a plan fills: opening, every dilemma's three steps and the closing (without
 * the buffer). Always at most `sessionMinutes`.
 *
 * @example plannedMinutes(plan) // 60
 */
export function plannedMinutes(plan: TimePlan): number {
  const { formulate, discuss, reflect } = plan.perDilemma;
  return (
    plan.openingMinutes + plan.closingMinutes + plan.dilemmaCount * (formulate + discuss + reflect)
  );
}
