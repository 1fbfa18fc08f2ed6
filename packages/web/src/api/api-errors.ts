/** An API failure as a page or form shows it. */
export type ApiProblem = {
  /** A Dutch sentence for the summary or the error state. */
  message: string;
  /** Dutch message per field path ('email', 'recurrence.startTime', …), shown next to the field. */
  fieldErrors: Record<string, string>;
  /** tRPC's code ('CONFLICT', 'NOT_FOUND', …), or null when the request never got an answer. */
  code: string | null;
  /** The domain's code (e.g. 'REPORT.CONSENT_MISSING'), when a domain rule refused. */
  domainCode: string | null;
  /** The domain's details (which quote lacks consent, …), or null. */
  domainDetails: Record<string, unknown> | null;
};

/** The app's own sentences for failures the server did not (or could not) put into words. */
export type ApiErrorTexts = {
  /** For something thrown that is not an error at all, or an error without a message. */
  unknownError: string;
  /** For a request that never reached the API (offline, server down). */
  networkError: string;
  /** For a stale edit, when the app edits versioned data; without it the server's message shows. */
  conflict?: string | undefined;
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

// "CONFLICT.DUPLICATE" (a slug or e-mail already taken) is a conflict of another kind: the
// server's own message explains it better than the stale-edit sentence.
function isDuplicate(domainCode: string | null): boolean {
  return domainCode !== null && /DUPLICATE|TAKEN|EXISTS/.test(domainCode);
}

function isStaleEdit(code: string | null, domainCode: string | null): boolean {
  return code === 'CONFLICT' && !isDuplicate(domainCode);
}

/**
 * Turns whatever a tRPC call threw into a readable Dutch problem. The server already writes
 * Dutch messages (`error.message`) and per-field messages (`error.data.fieldErrors`); a
 * failed fetch (offline, server down) has neither and gets the app's own sentence. With a
 * `conflict` text, a stale edit always gets that one clear sentence.
 *
 * @example readApiError(error, texts.common).fieldErrors.email // 'Vul een geldig e-mailadres in.'
 */
export function readApiError(error: unknown, texts: ApiErrorTexts): ApiProblem {
  const empty = { fieldErrors: {}, domainCode: null, domainDetails: null };
  if (!(error instanceof Error)) return { message: texts.unknownError, code: null, ...empty };
  const data = (error as Error & { data?: ErrorData | null }).data;
  // No tRPC envelope: the request never reached the API (or the answer was not JSON).
  if (!data) return { message: texts.networkError, code: null, ...empty };
  const code = typeof data.code === 'string' ? data.code : null;
  const domainCode = typeof data.domainCode === 'string' ? data.domainCode : null;
  const domainDetails =
    data.domainDetails && typeof data.domainDetails === 'object'
      ? (data.domainDetails as Record<string, unknown>)
      : null;
  const message =
    texts.conflict !== undefined && isStaleEdit(code, domainCode)
      ? texts.conflict
      : error.message.trim() !== ''
        ? error.message
        : texts.unknownError;
  return { message, fieldErrors: stringRecord(data.fieldErrors), code, domainCode, domainDetails };
}

/**
 * Whether the error is a stale edit: someone saved the same thing after this form loaded it.
 *
 * @example if (isConflict(error)) refetch();
 */
export function isConflict(error: unknown): boolean {
  const data = (error as { data?: ErrorData | null } | null)?.data;
  if (!(error instanceof Error) || !data) return false;
  const domainCode = typeof data.domainCode === 'string' ? data.domainCode : null;
  return isStaleEdit(typeof data.code === 'string' ? data.code : null, domainCode);
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as { data?: ErrorData | null }).data?.code === code;
}

/**
 * Whether the caller is not (or no longer) signed in, so the app shows the sign-in page.
 *
 * @example if (isUnauthorized(query.error)) return <SignInPage />;
 */
export function isUnauthorized(error: unknown): boolean {
  return hasCode(error, 'UNAUTHORIZED');
}

/**
 * Whether the API said the thing does not exist (a removed session, a mistyped slug), so the
 * page can show a 404 instead of an error.
 *
 * @example if (isNotFound(query.error)) return <NotFoundPage />;
 */
export function isNotFound(error: unknown): boolean {
  return hasCode(error, 'NOT_FOUND');
}

/**
 * Splits field messages over the fields a form shows and collects the rest for the summary
 * above the form. A path belongs to the field it names, or to the field it lies under
 * ('roles.2.personName' to 'roles', unless the form knows the full path); `rename` maps a
 * server path (or its first part) to the form's name for that field.
 *
 * @example splitFieldErrors({ ownerEmail: 'x', sessionId: 'y' }, ['email'], { ownerEmail: 'email' })
 * // { fields: { email: 'x' }, rest: ['y'] }
 */
export function splitFieldErrors(
  fieldErrors: Record<string, string>,
  known: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const head = path.split('.')[0] ?? path;
    const named = rename[path] ?? rename[head] ?? path;
    const name = known.includes(named)
      ? named
      : (known.find((field) => named.startsWith(`${field}.`)) ?? null);
    if (name !== null) fields[name] ??= message;
    else rest.push(message);
  }
  return { fields, rest };
}
