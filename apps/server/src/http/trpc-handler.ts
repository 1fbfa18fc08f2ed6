import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import {
  appRouter,
  createContextInner,
  PUBLIC_READ_BUDGET,
  resolveParticipantFromToken,
  resolveUserFromSessionToken,
  retryAfterSecondsOf,
  spendReadBudget,
  type Context,
  type Db,
  type OutboxNotifier,
  type ReadBudget,
} from '@jamsessie/api';
import { MAX_CALLS_PER_BATCH } from '@jamsessie/domain';
import { MAX_BODY_BYTES } from './body-limit.js';
import {
  PARTICIPANT_COOKIE,
  participantCookiesFor,
  readSessionToken,
  sessionCookiesFor,
} from './cookies.js';
import {
  createPublicReadHandler,
  type PublicReadOptions,
} from './public-reads/public-read.handler.js';
import { clientKeyOf, isHttps, isLoopbackHost } from './request-info.js';
import { messages, sendTrpcRefusal } from './responses.js';

/** The URL prefix of the API. */
export const TRPC_PREFIX = '/trpc/';

/** What the API adapter needs from the server. */
export type TrpcHandlerOptions = {
  readonly db: Db;
  readonly now: () => Date;
  readonly baseUrl: string;
  readonly trustProxy: boolean;
  /** Stack traces and internal messages in API answers (NODE_ENV=development only). */
  readonly errorDetails?: boolean;
  readonly mailer?: OutboxNotifier;
  /** The reads (GET calls) one client may ask for; the API's public budget unless given. */
  readonly readBudget?: readonly ReadBudget[];
  /** Reports unexpected (500) errors; defaults to stderr. Never sent to the client. */
  readonly onInternalError?: (error: unknown, path: string | undefined) => void;
  /** The memory of the public reads (see `createPublicReadHandler`): bound, render hook. */
  readonly publicReads?: PublicReadOptions;
  /** Writes counted by an embedded database (`DatabaseHandle.localWrites`, PGlite only). */
  readonly localWrites?: () => number;
};

/**
 * Builds the procedure context for one HTTP request: the signed-in coordinator (from the
 * session cookie), the participant signed in to their own page (from their own cookie), cookie hooks on this response, the client key for rate limits, the clock.
 */
export async function createHttpContext(
  req: IncomingMessage,
  res: ServerResponse,
  options: TrpcHandlerOptions,
): Promise<Context> {
  const secure = isHttps(req, options) || options.baseUrl.startsWith('https:');
  const token = readSessionToken(req);
  const user = token ? await resolveUserFromSessionToken(options.db, token, options.now()) : null;
  const participantToken = readSessionToken(req, PARTICIPANT_COOKIE);
  const participant = participantToken
    ? await resolveParticipantFromToken(options.db, participantToken, options.now())
    : null;
  return createContextInner({
    db: options.db,
    user,
    sessionToken: token,
    participant,
    participantSessionToken: participantToken,
    participantCookies: participantCookiesFor(res, { secure, now: options.now }),
    now: options.now,
    clientKey: clientKeyOf(req, options),
    cookies: sessionCookiesFor(res, { secure, now: options.now }),
    ...(options.mailer ? { mailer: options.mailer } : {}),
    baseUrl: options.baseUrl,
    errorDetails: options.errorDetails ?? false,
  });
}

/**
 * A caller on this machine without a trusted proxy in front: the server itself, a local
 * benchmark or health check. It spends no read budget. It is also what every visitor looks
 * like behind a proxy that TRUST_PROXY does not name, and one shared budget would then refuse
 * them all. Behind a trusted proxy the key comes from the proxy, and nobody is exempt.
 */
function isLocalCaller(req: IncomingMessage, options: TrpcHandlerOptions): boolean {
  return !options.trustProxy && isLoopbackHost(req.socket.remoteAddress ?? '');
}

/** How many procedure calls a request names: `/trpc/a,b,c` names three (batched or not). */
function callsNamedIn(path: string): number {
  return path.split(',').length;
}

/**
 * Answers `/trpc/*` with the app router (batching on). The CSRF check runs before this, in
 * the router. Responses are never cached by shared caches: they may carry a coordinator's data.
 * Before any procedure runs, a request naming more than {@link MAX_CALLS_PER_BATCH} calls is
 * refused (413), and a read (GET) spends its calls from the client's read budget (429 with
 * Retry-After once spent): so one client can neither stall nor outpace everyone else. Then
 * the cacheable public reads of a visitor are answered from memory per data version
 * (`createPublicReadHandler`); everything else runs the router.
 *
 * @example const handleTrpc = createTrpcHandler({ db, now: () => new Date(), baseUrl, trustProxy: false });
 * await handleTrpc(req, res, '/trpc/agenda.list', '?input=%7B%7D');
 */
export function createTrpcHandler(options: TrpcHandlerOptions) {
  const report =
    options.onInternalError ??
    ((error: unknown, path: string | undefined) =>
      console.error(`[trpc] ${path ?? '?'} failed:`, error));
  const servePublicRead = createPublicReadHandler({
    db: options.db,
    now: options.now,
    baseUrl: options.baseUrl,
    onInternalError: report,
    ...options.publicReads,
    ...(options.localWrites ? { localWrites: options.localWrites } : {}),
  });
  return async function handleTrpc(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    search = '',
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const path = pathname.slice(TRPC_PREFIX.length);
    const calls = callsNamedIn(path);
    if (calls > MAX_CALLS_PER_BATCH) {
      sendTrpcRefusal(req, res, 413, messages.batchTooLarge);
      return;
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && !isLocalCaller(req, options)) {
      const clientKey = clientKeyOf(req, options);
      const budget = options.readBudget ?? PUBLIC_READ_BUDGET;
      // When the counter can't be written (the database is away), the procedure meets the same
      // database and answers that in its own words; the budget does not invent a second error.
      const outcome = await spendReadBudget(
        options.db,
        clientKey,
        calls,
        options.now(),
        budget,
      ).catch(() => ({ allowed: true }) as const);
      if (!outcome.allowed) {
        res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
        sendTrpcRefusal(req, res, 429, messages.readBudgetSpent(outcome.retryAfterSeconds));
        return;
      }
    }
    if (await servePublicRead(req, res, path, search)) return;
    await nodeHTTPRequestHandler({
      router: appRouter,
      req,
      res,
      path,
      maxBodySize: MAX_BODY_BYTES,
      allowBatching: true,
      // A refused sign-in (or any rate limit) says when to try again, in the header too.
      responseMeta: ({ errors }) => {
        const wait = retryAfterSecondsOf(errors);
        return wait === undefined ? {} : { headers: { 'Retry-After': String(wait) } };
      },
      createContext: ({ req: request, res: response }) =>
        createHttpContext(request, response, options),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') report(error.cause ?? error, path);
      },
    });
  };
}
