import type { PlannedDate } from '@jamsessie/domain';

/** A date of the year preview as the planner needs it (the API adds `existing` and `inPast`). */
export type PreviewDate = PlannedDate & {
  existing: { id: string; status: string } | null;
  inPast: boolean;
};

/** What the coordinator decided for one date of the preview. */
export type Decision =
  | { kind: 'accept' }
  | { kind: 'skip' }
  | { kind: 'move'; to: string; startTime: string }
  | { kind: 'undecided' };

/** Decisions per regular date ('YYYY-MM-DD'). */
export type Decisions = Record<string, Decision>;

/**
 * Whether a date can still be decided: not in the past, no session in the agenda yet, and
 * not an exception already (a skip or move is kept as the series' exception).
 */
export function isOpen(date: PreviewDate): boolean {
  return !date.inPast && date.existing === null && date.exception === undefined;
}

/**
 * The first decisions of a preview: open dates without a flag are accepted; a date on a
 * holiday or during carnival waits for the coordinator (undecided), so nobody plans a
 * session on Tweede Paasdag by accident.
 *
 * @example initialDecisions(preview.dates)['2026-04-06'] // { kind: 'undecided' }
 */
export function initialDecisions(dates: readonly PreviewDate[]): Decisions {
  const decisions: Decisions = {};
  for (const date of dates) {
    if (!isOpen(date)) continue;
    decisions[date.date] = date.flags.length > 0 ? { kind: 'undecided' } : { kind: 'accept' };
  }
  return decisions;
}

/** The body of `admin.series.applyPlan` without series, version and year. */
export type PlanChoice = {
  accept: string[];
  skip: string[];
  move: { date: string; to: string; startTime?: string }[];
};

/** A decision that cannot be sent yet, with the date it concerns. */
export type DecisionProblem = { date: string; message: string };

/**
 * Turns the decisions into the API's plan input, or the problems that stop it (a move
 * without a new date, or to a date that is not later the same year).
 *
 * @example toPlanChoice({ '2026-04-06': { kind: 'skip' } }, 2026) // { ok: true, value: { skip: ['2026-04-06'], … } }
 */
export function toPlanChoice(
  decisions: Decisions,
  year: number,
  messages: { moveDateMissing: string; moveOutsideYear: string },
): { ok: true; value: PlanChoice } | { ok: false; problems: DecisionProblem[] } {
  const value: PlanChoice = { accept: [], skip: [], move: [] };
  const problems: DecisionProblem[] = [];
  for (const [date, decision] of Object.entries(decisions).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (decision.kind === 'accept') value.accept.push(date);
    else if (decision.kind === 'skip') value.skip.push(date);
    else if (decision.kind === 'move') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(decision.to)) {
        problems.push({ date, message: messages.moveDateMissing });
      } else if (!decision.to.startsWith(`${year}-`)) {
        problems.push({ date, message: messages.moveOutsideYear });
      } else {
        value.move.push({
          date,
          to: decision.to,
          ...(decision.startTime ? { startTime: decision.startTime } : {}),
        });
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/**
 * How many dates each decision covers, for the summary above the button.
 *
 * @example countDecisions(decisions) // { accept: 9, skip: 1, move: 1, undecided: 1 }
 */
export function countDecisions(decisions: Decisions): Record<Decision['kind'], number> {
  const counts = { accept: 0, skip: 0, move: 0, undecided: 0 };
  for (const decision of Object.values(decisions)) counts[decision.kind] += 1;
  return counts;
}
