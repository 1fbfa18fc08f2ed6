import { texts } from '../texts';

/** An API failure in the shape a form or page shows it: a sentence and field messages. */
export type ApiProblem = {
  /** A Dutch sentence for the summary or the error state. */
  message: string;
  /** Dutch message per field path ('email', 'text', …), shown next to the field. */
  fieldErrors: Record<string, string>;
  /** tRPC's code ('NOT_FOUND', 'TOO_MANY_REQUESTS', …), or null for network failures. */
  code: string | null;
};

type ErrorData = { code?: unknown; fieldErrors?: unknown };

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string' && message.trim() !== '') result[key] = message;
  }
  return result;
}

/**
 * Turns whatever a tRPC call threw into a readable Dutch problem. The server already writes
 * Dutch messages (`error.message`) and per-field messages (`error.data.fieldErrors`); a
 * failed fetch (offline, server down) has neither and gets our own sentence.
 *
 * @example readApiError(error).fieldErrors.email // 'Vul een geldig e-mailadres in.'
 */
export function readApiError(error: unknown): ApiProblem {
  if (!(error instanceof Error)) {
    return { message: texts.common.unknownError, fieldErrors: {}, code: null };
  }
  const data = (error as Error & { data?: ErrorData | null }).data;
  if (!data) {
    // No tRPC envelope: the request never reached the API (or the answer was not JSON).
    return { message: texts.common.networkError, fieldErrors: {}, code: null };
  }
  const code = typeof data.code === 'string' ? data.code : null;
  const message = error.message.trim() !== '' ? error.message : texts.common.unknownError;
  return { message, fieldErrors: stringRecord(data.fieldErrors), code };
}

/**
 * Whether the API said the thing does not exist (a removed session, a mistyped slug), so
 * the page can show a 404 instead of an error.
 *
 * @example if (isNotFound(query.error)) return <NotFoundPage />;
 */
export function isNotFound(error: unknown): boolean {
  return readApiError(error).code === 'NOT_FOUND';
}

/**
 * Splits field messages over the fields a form shows (renaming server paths where the form
 * calls a field differently) and collects the rest for the summary above the form.
 *
 * @example splitFieldErrors({ ownerEmail: 'x', sessionId: 'y' }, { ownerEmail: 'email' }, ['email'])
 * // { fields: { email: 'x' }, rest: ['y'] }
 */
export function splitFieldErrors(
  fieldErrors: Record<string, string>,
  rename: Readonly<Record<string, string>>,
  known: readonly string[],
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    // 'followUpQuestions.2' belongs to the field 'followUpQuestions'.
    const head = path.split('.')[0] ?? path;
    const name = rename[path] ?? rename[head] ?? head;
    if (known.includes(name)) fields[name] ??= message;
    else rest.push(message);
  }
  return { fields, rest };
}
