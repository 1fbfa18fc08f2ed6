import { isConflict, splitFieldErrors } from '@jamsessie/web';
import { readApiError } from '../common/web-kit';

/** A failed save as a form shows it: messages next to fields, the rest above the button. */
export type FormProblem = {
  fields: Record<string, string>;
  summary: string[];
  /** A stale edit: the form offers to load the newest version. */
  conflict: boolean;
};

/** No problem: the state of a form that has not failed. */
export const noProblem: FormProblem = { fields: {}, summary: [], conflict: false };

/**
 * Reads a mutation's error for a form with the given fields. Field messages go next to their
 * field; the general message goes into the summary unless every message already sits next to
 * a field (then the summary says only that not everything is filled in well).
 *
 * @example formProblem(error, ['title', 'startsAt']).fields.title // 'Vul een titel in.'
 */
export function formProblem(error: unknown, known: readonly string[]): FormProblem {
  if (!error) return noProblem;
  const problem = readApiError(error);
  const { fields, rest } = splitFieldErrors(problem.fieldErrors, known);
  const conflict = isConflict(error);
  const summary = conflict ? [problem.message] : [problem.message, ...rest];
  return { fields, summary: [...new Set(summary)], conflict };
}
