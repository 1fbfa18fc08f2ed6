import pino, { type DestinationStream, type Level } from 'pino';
import { currentRequestId } from './request-context.js';
import { serializeError } from './scrub.js';

/** One answered request, as the access log records it (no query string, no body, no client). */
export type RequestLogEntry = {
  /** The id also sent back in `X-Request-Id`. */
  readonly requestId: string;
  /** GET, POST, … */
  readonly method: string;
  /** The route (a few fixed names, see `routeLabel`), never the full URL. */
  readonly route: string;
  /** The HTTP status sent (0 when the client went away first). */
  readonly status: number;
  /** Milliseconds from the request to the end of the response. */
  readonly ms: number;
};

/** Where the server writes: lines for the operator, errors, and (optionally) each request. */
export type Logger = {
  info(line: string): void;
  error(line: string, error?: unknown): void;
  /** The access log; absent in tests that only collect lines. */
  request?(entry: RequestLogEntry): void;
};

/** How the log is written: JSON lines for a collector, or short lines for a person. */
export type LogFormat = 'json' | 'pretty';

/** Options of {@link createLogger}. */
export type LoggerOptions = {
  readonly level: Level | 'silent';
  readonly format: LogFormat;
  /** Where lines go; default stdout (and stderr for warnings and errors). */
  readonly out?: { write(line: string): unknown };
  readonly err?: { write(line: string): unknown };
};

/**
 * The server's logger on pino: JSON lines with `requestId` (from the request being handled)
 * and scrubbed errors; with `format: 'pretty'` the same events as short human lines. Callers
 * log only what they choose (route, status, duration), never bodies, addresses or links.
 *
 * @example const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
 */
export function createLogger(options: LoggerOptions): Logger {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const destination: DestinationStream =
    options.format === 'json'
      ? pino.multistream(
          [
            { level: 'trace', stream: out },
            { level: 'warn', stream: err },
          ],
          { dedupe: true },
        )
      : { write: (line: string) => writePretty(line, out, err) };
  const log = pino(
    {
      level: options.level,
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
  return {
    info: (line) => log.info(line),
    error: (line, error) =>
      error === undefined ? log.error(line) : log.error({ err: serializeError(error) }, line),
    request: (entry) => log.info({ ...entry, kind: 'request' }, 'request'),
  };
}

type Line = {
  level: number;
  msg?: string;
  kind?: string;
  method?: string;
  route?: string;
  status?: number;
  ms?: number;
  requestId?: string;
  err?: { stack?: string; message?: string };
};

function writePretty(json: string, out: { write(line: string): unknown }, err: typeof out) {
  const line = JSON.parse(json) as Line;
  const text =
    line.kind === 'request'
      ? `${line.method} ${line.route} ${line.status} ${line.ms} ms`
      : [line.msg, line.err?.stack ?? line.err?.message].filter(Boolean).join('\n');
  (line.level >= 40 ? err : out).write(`${text}\n`);
}
