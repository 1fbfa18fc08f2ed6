import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import {
  confirmSubscriptionToken,
  unsubscribeWithToken,
  type Db,
  type OutboxNotifier,
  type ReadBudget,
} from '@jamsessie/api';
import { isDatabaseUnavailable, pingDatabase } from '@jamsessie/db';
import { createLazyDownloadsHandler } from '../downloads/downloads.lazy.js';
import { agendaStylesheets } from './subscription/agenda-stylesheets.js';
import { createSubscriptionLinksHandler } from './subscription/subscription-links.route.js';
import { declaresOversizedBody, limitUnreadBody } from './body-limit.js';
import { CSRF_MESSAGE, checkCsrf } from './csrf.js';
import { createDomainDocsHandler, defaultDomainDocsRoot } from './domain-docs.route.js';
import { createCalendarFeedHandler } from './feeds/calendar.feed.js';
import { createPersonalCalendarHandler } from './feeds/personal-calendar.feed.js';
import { createReportsRssHandler } from './feeds/reports.rss.js';
import { createTipsRssHandler } from './feeds/tips.rss.js';
import { createAgendaIndexRoute } from './first-view/agenda-index.route.js';
import { isHttps } from './request-info.js';
import {
  messages,
  sendJson,
  sendMethodNotAllowed,
  sendText,
  sendTrpcRefusal,
} from './responses.js';
import { applySecurityHeaders } from './security-headers.js';
import { createStaticHandler, defaultStaticRoots, type StaticRoots } from './static-files.js';
import type { PublicReadOptions } from './public-reads/public-read.handler.js';
import { TRPC_PREFIX, createTrpcHandler } from './trpc-handler.js';

/** Everything the HTTP layer needs; tests and benchmarks pass their own database and clock. */
export type RequestHandlerOptions = {
  readonly db: Db;
  /** The public origin (`https://jamsessie.example`): links in feeds, the CSRF origin. */
  readonly baseUrl: string;
  /** The clock; defaults to the system clock. */
  readonly now?: () => Date;
  /** The built apps' folders; defaults to `apps/agenda/dist` and `apps/admin/dist`. */
  readonly staticRoots?: StaticRoots;
  /** The built API reference of @jamsessie/domain; defaults to `packages/domain/docs-dist`. */
  readonly domainDocsRoot?: string;
  /** True when exactly one trusted reverse proxy sets X-Forwarded-* (TRUST_PROXY). */
  readonly trustProxy?: boolean;
  /** Stack traces and internal messages in API answers: NODE_ENV=development only. */
  readonly errorDetails?: boolean;
  /** Wakes the outbox worker after a procedure queued mail. */
  readonly mailer?: OutboxNotifier;
  /** The reads one client may ask of the API; the API's public budget unless given. */
  readonly readBudget?: readonly ReadBudget[];
  /** Where unexpected errors go; defaults to stderr. They never reach the client. */
  readonly logError?: (message: string, error: unknown) => void;
  /** The memory of the API's public reads: its bound in bytes, and a hook per render (tests). */
  readonly publicReads?: PublicReadOptions;
  /**
   * Writes counted by an embedded database (`DatabaseHandle.localWrites`, PGlite only): lets
   * the public reads skip the data version query while nothing was written.
   */
  readonly localWrites?: () => number;
};

/** A Node request listener: `http.createServer(createRequestHandler(options))`. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

function parseTarget(rawUrl: string | undefined): { pathname: string; search: string } | null {
  const target = rawUrl ?? '/';
  try {
    // Origin-form targets ('/a/b') are prefixed so that '//host/x' stays a path, not a host.
    const url = target.startsWith('/') ? new URL(`http://server${target}`) : new URL(target);
    return { pathname: url.pathname, search: url.search };
  } catch {
    return null;
  }
}

/**
 * The whole HTTP surface of the server, as a plain `node:http` listener:
 * `/trpc/*` (the API, CSRF-checked), `/healthz`, the calendar feeds (`/agenda.ics`,
 * `/agenda/{thema,reeks,sessie}/<slug>.ics`), `/verslagen.rss`, `/tips.rss`, the series' downloads
 * (`/downloads/reeks/<slug>/…`), the subscription links (`/abonnement/…`), the domain package's
 * API reference (`/docs/domain/`), and the built apps at `/`
 * and `/beheer/` (the plain agenda's index comes with its first view rendered and its data
 * embedded). Every response carries the security headers; errors are short Dutch texts.
 *
 * @example
 * const server = http.createServer(createRequestHandler({ db, baseUrl: 'http://localhost:3000' }));
 * server.listen(0, '127.0.0.1');
 */
export function createRequestHandler(options: RequestHandlerOptions): RequestHandler {
  const now = options.now ?? (() => new Date());
  const trust = { trustProxy: options.trustProxy ?? false };
  const ownOrigins = [new URL(options.baseUrl).origin];
  const logError =
    options.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const feedOptions = { db: options.db, now, baseUrl: options.baseUrl };
  const handleTrpc = createTrpcHandler({
    db: options.db,
    now,
    baseUrl: options.baseUrl,
    trustProxy: trust.trustProxy,
    errorDetails: options.errorDetails ?? false,
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.readBudget ? { readBudget: options.readBudget } : {}),
    onInternalError: (error, path) => logError(`[trpc] ${path ?? '?'} failed:`, error),
    ...(options.publicReads ? { publicReads: options.publicReads } : {}),
    ...(options.localWrites ? { localWrites: options.localWrites } : {}),
  });
  const serveCalendar = createCalendarFeedHandler(feedOptions);
  const servePersonalCalendar = createPersonalCalendarHandler(feedOptions);
  const serveRss = createReportsRssHandler(feedOptions);
  const serveTipsRss = createTipsRssHandler(feedOptions);
  const serveDownload = createLazyDownloadsHandler(feedOptions);
  const staticRoots = options.staticRoots ?? defaultStaticRoots();
  const serveSubscriptionLinks = createSubscriptionLinksHandler({
    confirm: (token) => confirmSubscriptionToken(options.db, token, now()),
    unsubscribe: (token) => unsubscribeWithToken(options.db, token),
    stylesheets: agendaStylesheets(join(staticRoots.agenda, 'index.html')),
  });
  const serveStatic = createStaticHandler(staticRoots);
  const serveDomainDocs = createDomainDocsHandler(
    options.domainDocsRoot ?? defaultDomainDocsRoot(),
  );
  const serveAgendaIndex = createAgendaIndexRoute({
    ...feedOptions,
    indexPath: join(staticRoots.agenda, 'index.html'),
    rendererPath: join(staticRoots.agenda, '..', 'dist-server', 'entry-server.js'),
    logError,
  });

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    { pathname, search }: { pathname: string; search: string },
  ) {
    if (pathname.startsWith(TRPC_PREFIX)) {
      if (req.method === 'POST') {
        const refusal = checkCsrf(req, { ...trust, ownOrigins });
        if (refusal) {
          sendTrpcRefusal(req, res, 403, CSRF_MESSAGE);
          return;
        }
      }
      await handleTrpc(req, res, pathname, search);
      return;
    }
    if (pathname === '/healthz') {
      await healthz(req, res, options.db);
      return;
    }
    if (await serveCalendar(req, res, pathname)) return;
    if (await servePersonalCalendar(req, res, pathname)) return;
    if (await serveRss(req, res, pathname)) return;
    if (await serveTipsRss(req, res, pathname)) return;
    if (await serveDownload(req, res, pathname)) return;
    if (await serveSubscriptionLinks(req, res, pathname)) return;
    if (await serveDomainDocs(req, res, pathname)) return;
    if (await serveAgendaIndex(req, res, pathname, search)) return;
    if (await serveStatic(req, res, pathname)) return;
    sendText(req, res, 404, messages.notFound);
  }

  return (req, res) => {
    const target = parseTarget(req.url);
    applySecurityHeaders(res, { pathname: target?.pathname ?? '/', https: isHttps(req, trust) });
    limitUnreadBody(req, res);
    if (target === null) {
      sendText(req, res, 400, messages.badRequest);
      return;
    }
    if (declaresOversizedBody(req)) {
      // Refused before anything runs; the connection closes rather than take the rest in.
      res.setHeader('Connection', 'close');
      if (target.pathname.startsWith(TRPC_PREFIX)) {
        sendTrpcRefusal(req, res, 413, messages.bodyTooLarge);
      } else sendText(req, res, 413, messages.bodyTooLarge);
      return;
    }
    route(req, res, target).catch((error: unknown) => {
      logError(`[http] ${req.method ?? '?'} ${target.pathname} failed:`, error);
      if (res.headersSent) res.destroy();
      else if (isDatabaseUnavailable(error)) {
        // Not a bug but a database that is away (a restart): worth retrying, as tRPC says too.
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        sendText(req, res, 503, messages.unavailable);
      } else sendText(req, res, 500, messages.serverError);
    });
  };
}

const HEALTH_TIMEOUT_MS = 3000;
/** What a 503 asks clients to wait: a PostgreSQL restart takes a few seconds. */
const RETRY_AFTER_SECONDS = 5;

/** `GET /healthz`: 200 when the database answers `select 1`, else 503 (for load balancers). */
async function healthz(req: IncomingMessage, res: ServerResponse, db: Db): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendMethodNotAllowed(req, res, 'GET, HEAD');
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    // A hung connection must not hang the health check: the caller wants an answer.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
    });
    await Promise.race([pingDatabase(db), timeout]);
    sendJson(req, res, 200, { status: 'ok' });
  } catch {
    sendJson(req, res, 503, { status: 'unavailable', message: messages.unavailable });
  } finally {
    clearTimeout(timer);
  }
}
