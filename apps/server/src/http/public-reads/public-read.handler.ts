import type { IncomingMessage, ServerResponse } from 'node:http';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import {
  appRouter,
  createContextInner,
  isCacheablePublicRead,
  readPublicReadVersion,
  type Db,
} from '@jamsessie/api';
import { prepareBody, sendPrepared } from '../cache/prepared-body.js';
import { PARTICIPANT_COOKIE, readSessionToken } from '../cookies.js';
import { send } from '../responses.js';
import { createFreshRead } from './fresh-read.js';
import { createPublicReadCache, type CachedAnswer } from './public-read.cache.js';

/** Bytes of API answers a process keeps by default: a few thousand agenda pages. */
export const DEFAULT_PUBLIC_READ_CACHE_BYTES = 32 * 1024 * 1024;

/** Answers kept: success, and refusals that are about the input (a slug that does not exist). */
const KEPT_STATUSES = new Set([200, 400, 404]);

/** What a server may choose about the memory of public reads. */
export type PublicReadOptions = {
  /**
   * False: every public read runs the router as before (the benchmark compares that path
   * with a bare server running the same SQL). Default true.
   */
  readonly enabled?: boolean;
  /** The bound of the cache in bytes; {@link DEFAULT_PUBLIC_READ_CACHE_BYTES} unless given. */
  readonly maxBytes?: number;
  /** Called for every answer that is not served from memory (tests count them). */
  readonly onRender?: (target: string) => void;
};

/** Options of {@link createPublicReadHandler}. */
export type PublicReadHandlerOptions = PublicReadOptions & {
  readonly db: Db;
  readonly now: () => Date;
  readonly baseUrl: string;
  /**
   * For an embedded database (PGlite), the count of statements that may have written it
   * (`DatabaseHandle.localWrites`): while it stands still and the clock has not passed the
   * version's `validUntil`, the version is known without asking the database.
   */
  readonly localWrites?: () => number;
  /** Reports unexpected (500) errors of a render. */
  readonly onInternalError?: (error: unknown, path: string | undefined) => void;
};

/** A version and the clock reading it was read at: a render at that version uses that clock. */
type VersionAt = { readonly version: string; readonly at: Date };

/** The last version read, with what it was read at, for an embedded database. */
type Known = {
  readonly version: string;
  readonly from: Date;
  readonly until: Date;
  readonly writes: number;
};

/**
 * A request signed in as a coordinator or a participant (by its cookie, whether or not it is
 * still valid) never meets the cache: it is neither served a kept answer nor leaves one.
 */
function carriesSignIn(req: IncomingMessage): boolean {
  return readSessionToken(req) !== null || readSessionToken(req, PARTICIPANT_COOKIE) !== null;
}

/**
 * Serves the API's cacheable public reads (`agenda.list`, a session, the Week, the catalogue,
 * reports, tips; see `CACHEABLE_PUBLIC_READS`) from memory, single and batched, with a strong
 * ETag, 304 on `If-None-Match` and gzip. Every request reads the public data version first
 * (`readPublicReadVersion`, one small query shared by requests that arrive while one runs,
 * each getting a read that started after it arrived), so a change committed through any
 * process shows at the next request. An embedded database has no other process: there the
 * version is read again only after a write or when the clock passes its span. A miss runs the same tRPC router with a visitor's
 * context (no user, no participant, no cookies) and keeps its bytes. Returns false for
 * everything else, which the tRPC handler answers as before: other procedures, POSTs, and
 * requests that carry a sign-in cookie.
 *
 * @example
 * const servePublicRead = createPublicReadHandler({ db, now, baseUrl });
 * if (await servePublicRead(req, res, 'agenda.list', '?input=%7B%7D')) return;
 */
export function createPublicReadHandler(options: PublicReadHandlerOptions) {
  const cache = createPublicReadCache({
    maxBytes: options.maxBytes ?? DEFAULT_PUBLIC_READ_CACHE_BYTES,
  });
  let known: Known | null = null;
  const readVersion = createFreshRead(async (): Promise<VersionAt> => {
    const at = options.now();
    const writes = options.localWrites?.();
    const { version, validUntil } = await readPublicReadVersion(options.db, at);
    if (writes !== undefined) known = { version, from: at, until: validUntil, writes };
    return { version, at };
  });
  /**
   * The version now. On PostgreSQL always a fresh read (another process may have written);
   * on an embedded database the last one, while nothing was written and the clock is
   * within the span it holds for.
   */
  function currentVersion(): Promise<VersionAt> {
    const at = options.now();
    const still =
      known !== null &&
      options.localWrites?.() === known.writes &&
      at >= known.from &&
      at < known.until;
    return still && known ? Promise.resolve({ version: known.version, at }) : readVersion();
  }

  async function render(path: string, search: string, at: Date): Promise<CachedAnswer> {
    const target = `/trpc/${path}${search}`;
    options.onRender?.(target);
    const response = await fetchRequestHandler({
      endpoint: '/trpc',
      router: appRouter,
      req: new Request(`http://server${target}`),
      createContext: () =>
        createContextInner({ db: options.db, user: null, now: () => at, baseUrl: options.baseUrl }),
      onError: ({ error, path: failed }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          options.onInternalError?.(error.cause ?? error, failed);
        }
      },
    });
    return { status: response.status, body: prepareBody(await response.text()) };
  }

  const handler = async function servePublicRead(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    search: string,
  ): Promise<boolean> {
    if (options.enabled === false) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (!isCacheablePublicRead(path.split(',')) || carriesSignIn(req)) return false;
    // A database that is away: tRPC answers that in its own words and shape.
    const read = await currentVersion().catch(() => null);
    if (!read) return false;
    const { version, at } = read;
    let unkept: CachedAnswer | undefined;
    const answer = await cache.get(`${path}${search}`, version, async () => {
      const rendered = await render(path, search, at);
      if (KEPT_STATUSES.has(rendered.status)) return rendered;
      unkept = rendered;
      return null;
    });
    const sent = answer ?? unkept;
    // A request that shared a render which was not kept is answered by tRPC itself.
    if (!sent) return false;
    if (sent.status === 200) {
      // The browser keeps it and asks again with its ETag: a 304 until the data change.
      const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' };
      sendPrepared(req, res, headers, sent.body);
    } else send(req, res, sent.status, { 'Content-Type': 'application/json' }, sent.body.body);
    return true;
  };
  return Object.assign(handler, { cache });
}
