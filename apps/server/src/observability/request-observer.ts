import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { messages, sendText } from '../http/responses.js';
import type { Logger } from './logger.js';
import type { ServerMetrics } from './metrics.js';
import { withRequestId } from './request-context.js';
import { procedureLabels, routeLabel } from './route-label.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Options of {@link observeRequests}. */
export type ObserveOptions = {
  readonly logger: Logger;
  /** With METRICS=true: durations go here, and `GET /metrics` answers from it. */
  readonly metrics?: ServerMetrics;
};

function pathOf(req: IncomingMessage): string {
  const raw = req.url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

/**
 * Wraps the request listener: gives each request an id (sent back as `X-Request-Id` and put
 * on every log line written while it is handled), logs and measures it when it ends, and
 * answers `GET /metrics` when metrics are on (404 otherwise, like any unknown path).
 */
export function observeRequests(handler: Listener, options: ObserveOptions): Listener {
  const { logger, metrics } = options;
  return (req, res) => {
    const requestId = randomUUID();
    const started = performance.now();
    const pathname = pathOf(req);
    res.setHeader('X-Request-Id', requestId);
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeLabel(pathname);
      const status = res.writableFinished ? res.statusCode : 0;
      metrics?.observeRequest(route, procedureLabels(pathname), status, seconds);
      logger.request?.({
        requestId,
        method: req.method ?? '?',
        route,
        status,
        ms: Math.round(seconds * 1000),
      });
    });
    withRequestId(requestId, () => {
      if (pathname === '/metrics' && !metrics) {
        // Off means absent, whatever the apps' fallback would answer for an unknown path.
        sendText(req, res, 404, messages.notFound);
        return;
      }
      if (metrics && pathname === '/metrics' && req.method === 'GET') {
        metrics.render().then(
          ({ contentType, body }) => {
            res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
            res.end(body);
          },
          (error: unknown) => {
            logger.error('metrics failed', error);
            res.writeHead(503).end();
          },
        );
        return;
      }
      handler(req, res);
    });
  };
}
