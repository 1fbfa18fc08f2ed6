import { texts } from '../texts';

/** An API failure as a page or form shows it. */
export type ApiProblem = {
  /** A Dutch sentence for the summary or the error state. */
  message: string;
  /** Dutch message per field path ('title', 'recurrence.startTime', …). */
  fieldErrors: Record<string, string>;
  /** tRPC's code ('CONFLICT', 'NOT_FOUND', …), or null when the request never got an answer. */
  code: string | null;
  /** The domain's code (e.g. 'REPORT.CONSENT_MISSING'), when a domain rule refused. */
  domainCode: string | null;
  /** The domain's details (which quote lacks consent, …), or null. */
  domainDetails: Record<string, unknown> | null;
};

type ErrorData = {
  code?: unknown;
  fieldErrors?: unknown;
  domainCode?: unknown;
  domainDetails?: unknown;
};

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string' && message.trim() !== '') result[key] = message;
  }
  return result;
}

/**
 * Turns whatever a tRPC call threw into a readable Dutch problem. A version conflict always
 * gets the one clear conflict sentence, so stale edits never look like a random failure.
 *
 * @example readApiError(error).fieldErrors.title // 'Vul een titel in.'
 */
export function readApiError(error: unknown): ApiProblem {
  const empty = { fieldErrors: {}, domainCode: null, domainDetails: null };
  if (!(error instanceof Error)) {
    return { message: texts.common.unknownError, code: null, ...empty };
  }
  const data = (error as Error & { data?: ErrorData | null }).data;
  if (!data) return { message: texts.common.networkError, code: null, ...empty };
  const code = typeof data.code === 'string' ? data.code : null;
  const domainCode = typeof data.domainCode === 'string' ? data.domainCode : null;
  const details =
    data.domainDetails && typeof data.domainDetails === 'object'
      ? (data.domainDetails as Record<string, unknown>)
      : null;
  const message =
    code === 'CONFLICT' && !isDuplicate(domainCode)
      ? texts.common.conflict
      : error.message.trim() !== ''
        ? error.message
        : texts.common.unknownError;
  return {
    message,
    fieldErrors: stringRecord(data.fieldErrors),
    code,
    domainCode,
    domainDetails: details,
  };
}

// "CONFLICT.DUPLICATE" (a slug or e-mail already taken) is a conflict of another kind: the
// server's own message explains it better than the stale-edit sentence.
function isDuplicate(domainCode: string | null): boolean {
  return domainCode !== null && /DUPLICATE|TAKEN|EXISTS/.test(domainCode);
}

/**
 * Whether the error is a stale edit: someone saved the same thing after this form loaded it.
 *
 * @example if (isConflict(error)) refetch();
 */
export function isConflict(error: unknown): boolean {
  const problem = readApiError(error);
  return problem.code === 'CONFLICT' && !isDuplicate(problem.domainCode);
}

/**
 * Whether the caller is not (or no longer) signed in, so the app shows the sign-in page.
 *
 * @example if (isUnauthorized(query.error)) return <SignInPage />;
 */
export function isUnauthorized(error: unknown): boolean {
  return readApiError(error).code === 'UNAUTHORIZED';
}

/**
 * Whether the API said the thing does not exist.
 *
 * @example if (isNotFound(query.error)) return <NotFound />;
 */
export function isNotFound(error: unknown): boolean {
  return readApiError(error).code === 'NOT_FOUND';
}

/**
 * Splits field messages over the fields a form shows (a path such as 'roles.2.personName'
 * belongs to the field 'roles' unless the form knows the full path) and collects the rest for
 * the summary above the form.
 *
 * @example splitFieldErrors({ title: 'x', sessionId: 'y' }, ['title'])
 * // { fields: { title: 'x' }, rest: ['y'] }
 */
export function splitFieldErrors(
  fieldErrors: Record<string, string>,
  known: readonly string[],
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const name = known.includes(path)
      ? path
      : (known.find((k) => path.startsWith(`${k}.`)) ?? null);
    if (name !== null) fields[name] ??= message;
    else rest.push(message);
  }
  return { fields, rest };
}
