import { PARTICIPANT_COOKIE, SESSION_COOKIE } from '../http/cookies.js';

/** No request of the resilience suite may take longer than this: a hang is a failure. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** A complete HTTP answer, body read as text. */
export type HttpAnswer = {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
};

/**
 * Fetches with a time limit and reads the whole body, so a hanging server fails the test
 * instead of stalling it.
 *
 * @example const answer = await fetchAnswer(`${base}/healthz`);
 */
export async function fetchAnswer(url: string, init: RequestInit = {}): Promise<HttpAnswer> {
  const res = await fetch(url, {
    redirect: 'manual',
    ...init,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** How a procedure is called over HTTP. */
export type ProcedureKind = 'query' | 'mutation' | 'subscription';

/** Extra request parts: a session cookie, more headers. */
export type CallOptions = {
  readonly cookie?: string;
  readonly headers?: Record<string, string>;
};

/**
 * The URL tRPC's HTTP adapter expects: `GET /trpc/<path>?input=<json>` for a query (input
 * omitted when undefined), `/trpc/<path>` for a mutation.
 *
 * @example trpcUrl(base, 'agenda.list', 'query', { year: 2025 })
 */
export function trpcUrl(base: string, path: string, kind: ProcedureKind, input: unknown): string {
  const url = `${base}/trpc/${path}`;
  if (kind !== 'query') return url;
  const json = JSON.stringify(input);
  return json === undefined ? url : `${url}?input=${encodeURIComponent(json)}`;
}

/**
 * Calls a procedure over real HTTP the way the apps do: queries as GET, mutations as a
 * same-origin JSON POST (which satisfies the server's CSRF rules).
 *
 * @example const answer = await callProcedure(base, 'forms.bringDilemma', 'mutation', input);
 */
export function callProcedure(
  base: string,
  path: string,
  kind: ProcedureKind,
  input: unknown,
  options: CallOptions = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers['Cookie'] = options.cookie;
  if (kind === 'query') return fetchAnswer(trpcUrl(base, path, kind, input), { headers });
  const body = JSON.stringify(input);
  return fetchAnswer(trpcUrl(base, path, kind, input), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base, ...headers },
    ...(body === undefined ? {} : { body }),
  });
}

/** The error part of a tRPC answer. */
export type TrpcErrorBody = {
  readonly message: string;
  readonly code: number;
  readonly data: { readonly code: string; readonly httpStatus: number } & Record<string, unknown>;
};

/**
 * The parsed JSON of a tRPC answer: `{ result }` or `{ error }` (single call), or an array
 * (batch). Throws when the body is not JSON, which itself is a finding.
 */
export function trpcJson(answer: HttpAnswer): unknown {
  try {
    return JSON.parse(answer.text) as unknown;
  } catch {
    throw new Error(`not JSON (${answer.status}): ${answer.text.slice(0, 200)}`);
  }
}

/** The error of a single tRPC answer, or null when it succeeded. */
export function trpcError(answer: HttpAnswer): TrpcErrorBody | null {
  const json = trpcJson(answer) as { error?: TrpcErrorBody };
  return json.error ?? null;
}

/** The result data of a successful single tRPC answer. */
export function trpcData<T>(answer: HttpAnswer): T {
  const json = trpcJson(answer) as { result?: { data: T }; error?: TrpcErrorBody };
  if (!json.result) {
    throw new Error(`call failed (${answer.status}): ${answer.text.slice(0, 300)}`);
  }
  return json.result.data;
}

/**
 * Signs in over HTTP and returns the `Cookie` header value of the new session.
 *
 * @example const cookie = await signIn(base, account.user.email, account.password);
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const answer = await callProcedure(base, 'auth.login', 'mutation', { email, password });
  const setCookie = answer.headers.get('set-cookie') ?? '';
  const pair = setCookie.split(';')[0] ?? '';
  if (answer.status !== 200 || !pair.startsWith(`${SESSION_COOKIE}=`)) {
    throw new Error(`sign-in failed (${answer.status}): ${answer.text.slice(0, 200)}`);
  }
  return pair;
}

/**
 * Follows a participant's one-time sign-in link over HTTP and returns the `Cookie` header
 * value of their own page session.
 *
 * @example const cookie = await signInParticipant(base, token);
 */
export async function signInParticipant(base: string, token: string): Promise<string> {
  const answer = await callProcedure(base, 'participant.signIn', 'mutation', { token });
  const setCookie = answer.headers.get('set-cookie') ?? '';
  const pair = setCookie.split(';')[0] ?? '';
  if (answer.status !== 200 || !pair.startsWith(`${PARTICIPANT_COOKIE}=`)) {
    throw new Error(`participant sign-in failed (${answer.status}): ${answer.text.slice(0, 200)}`);
  }
  return pair;
}
