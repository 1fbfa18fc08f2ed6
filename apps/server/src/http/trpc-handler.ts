import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeHTTPRequestHandler } from '@trpc/server/adapters/node-http';
import {
  appRouter,
  createContextInner,
  resolveUserFromSessionToken,
  type Context,
  type Db,
  type OutboxNotifier,
} from '@jamsessie/api';
import { readSessionToken, sessionCookiesFor } from './cookies.js';
import { clientKeyOf, isHttps } from './request-info.js';

/** The URL prefix of the API. */
export const TRPC_PREFIX = '/trpc/';

/** A JSON body bigger than this is refused: forms and reports fit easily, floods do not. */
const MAX_BODY_BYTES = 1_000_000;

/** What the API adapter needs from the server. */
export type TrpcHandlerOptions = {
  readonly db: Db;
  readonly now: () => Date;
  readonly baseUrl: string;
  readonly trustProxy: boolean;
  readonly mailer?: OutboxNotifier;
  /** Reports unexpected (500) errors; defaults to stderr. Never sent to the client. */
  readonly onInternalError?: (error: unknown, path: string | undefined) => void;
};

/**
 * Builds the procedure context for one HTTP request: the signed-in coordinator (from the
 * session cookie), cookie hooks on this response, the client key for rate limits, the clock.
 */
export async function createHttpContext(
  req: IncomingMessage,
  res: ServerResponse,
  options: TrpcHandlerOptions,
): Promise<Context> {
  const secure = isHttps(req, options) || options.baseUrl.startsWith('https:');
  const token = readSessionToken(req);
  const user = token ? await resolveUserFromSessionToken(options.db, token, options.now()) : null;
  return createContextInner({
    db: options.db,
    user,
    sessionToken: token,
    now: options.now,
    clientKey: clientKeyOf(req, options),
    cookies: sessionCookiesFor(res, { secure, now: options.now }),
    ...(options.mailer ? { mailer: options.mailer } : {}),
    baseUrl: options.baseUrl,
  });
}

/**
 * Answers `/trpc/*` with the app router (batching on). The CSRF check runs before this, in
 * the router. Responses are never cached by shared caches: they may carry a coordinator's data.
 *
 * @example const handleTrpc = createTrpcHandler({ db, now: () => new Date(), baseUrl, trustProxy: false });
 * await handleTrpc(req, res, '/trpc/agenda.list');
 */
export function createTrpcHandler(options: TrpcHandlerOptions) {
  const report =
    options.onInternalError ??
    ((error: unknown, path: string | undefined) =>
      console.error(`[trpc] ${path ?? '?'} failed:`, error));
  return async function handleTrpc(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    await nodeHTTPRequestHandler({
      router: appRouter,
      req,
      res,
      path: pathname.slice(TRPC_PREFIX.length),
      maxBodySize: MAX_BODY_BYTES,
      allowBatching: true,
      createContext: ({ req: request, res: response }) =>
        createHttpContext(request, response, options),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') report(error.cause ?? error, path);
      },
    });
  };
}
