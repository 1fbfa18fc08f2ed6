/**
 * The public app's first view: gzipped bytes of the JS and CSS that the built index.html
 * loads, and, in headless Chromium, the time to the agenda's first row against a static HTML
 * page of the same rows (same stylesheet) served by a bare `node:http` server.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatDayMonthYear, formatSessionTime, toLocalParts } from '@jamsessie/domain';
import { applySecurityHeaders } from '@jamsessie/server';
import { HTTP_SERVER_OPTIONS, listenOnLoopback } from './lib/bare-server.js';
import {
  launchChromium,
  msToFirst,
  type FirstTiming,
  type ResourceTiming,
} from './lib/chromium.js';
import { repoRoot } from './lib/processes.js';
import { median } from './lib/stats.js';

/**
 * The first page the app asks for (apps/agenda/src/data/agenda.queries.ts: AGENDA_PAGE_SIZE),
 * so the static page shows the same rows as the app's first view.
 */
const APP_FIRST_PAGE = { when: 'upcoming', page: 1, pageSize: 50 };

/** A stable selector in apps/agenda: each row of the agenda list (AgendaList.tsx). */
export const FIRST_ROW_SELECTOR = '.agenda-list li';

/** One asset of the first view and its gzipped size (zlib's default level, as the server). */
export type Asset = {
  readonly path: string;
  readonly kind: 'js' | 'css';
  readonly gzipBytes: number;
};

/** What the first-view benchmark measured. */
export type FirstViewResult = {
  readonly assets: readonly Asset[];
  readonly jsGzipBytes: number;
  readonly cssGzipBytes: number;
  readonly appMs: number;
  readonly staticMs: number;
  /** How many rows both pages show. */
  readonly rows: number;
  readonly appRuns: readonly number[];
  readonly staticRuns: readonly number[];
  /** Medians over the app runs: when its last script arrived and when its API answer did. */
  readonly appScriptsLoadedMs: number;
  readonly appApiStartMs: number;
  readonly appApiEndMs: number;
  /** app / static (target ≤ 1.5). */
  readonly ratio: number;
};

const distDir = join(repoRoot, 'apps/agenda/dist');

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The scripts, module preloads and stylesheets that the built index.html makes the browser load. */
export function firstViewAssets(html = readFileSync(join(distDir, 'index.html'), 'utf8')): Asset[] {
  const paths: { path: string; kind: 'js' | 'css' }[] = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attribute(tag, 'src');
    if (src) paths.push({ path: src, kind: 'js' });
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (href && rel === 'modulepreload') paths.push({ path: href, kind: 'js' });
    if (href && rel === 'stylesheet') paths.push({ path: href, kind: 'css' });
  }
  return paths.map(({ path, kind }) => ({
    path,
    kind,
    gzipBytes: gzipSync(readFileSync(join(distDir, path.replace(/^\//, '')))).length,
  }));
}

type Row = { startsAt: string; endsAt: string; title: string; seriesTitle: string | null };

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same rows in the app's markup (month sections, list items, cards), no script. */
function staticPage(rows: readonly Row[], stylesheet: string | undefined): string {
  const months = new Map<string, Row[]>();
  for (const row of rows) {
    const key = toLocalParts(row.startsAt).date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), row]);
  }
  const sections = [...months.values()].map((items) => {
    const label = formatDayMonthYear(items[0]!.startsAt).replace(/^\d{1,2}\s+/, '');
    const cards = items.map(
      (row) => `<li><article class="card"><div class="card__body">
<p class="card__kicker">${escape(row.seriesTitle ?? '')}</p>
<h3 class="card__title"><a href="#">${escape(row.title)}</a></h3>
<p class="card__time"><time datetime="${row.startsAt}">${escape(formatSessionTime(row.startsAt, row.endsAt))}</time></p>
</div></article></li>`,
    );
    return `<section class="month"><h2 class="month__title">${escape(label)}</h2><ul class="month__items">${cards.join('')}</ul></section>`;
  });
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Agenda</title>
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : ''}</head>
<body><main><h1>Agenda</h1><div class="agenda-list">${sections.join('')}</div></main></body></html>`;
}

function latest(
  timing: FirstTiming,
  match: (resource: ResourceTiming) => boolean,
  edge: 'start' | 'end',
): number {
  const times = timing.resources.filter(match).map((resource) => resource[edge]);
  return times.length > 0 ? Math.max(...times) : NaN;
}

/**
 * Measures the first view against a running server (the real one, with the built app).
 * Alternates app and static page `runs` times, each in a fresh browser context.
 *
 * @example const view = await runFirstViewBench('http://127.0.0.1:3000', 7);
 */
export async function runFirstViewBench(serverUrl: string, runs: number): Promise<FirstViewResult> {
  const assets = firstViewAssets();
  const css = assets.find((asset) => asset.kind === 'css');
  const input = encodeURIComponent(JSON.stringify(APP_FIRST_PAGE));
  const res = await fetch(`${serverUrl}/trpc/agenda.list?input=${input}`);
  const { result } = (await res.json()) as { result: { data: { items: Row[] } } };
  if (result.data.items.length === 0) throw new Error('the agenda is empty');
  const html = staticPage(result.data.items, css?.path);
  const stylesheet = css ? readFileSync(join(distDir, css.path.replace(/^\//, ''))) : null;
  // The same security headers as the real site: Cross-Origin-Opener-Policy alone makes the
  // browser open the page in a fresh process, which costs as much as everything else here.
  // So the stylesheet is served from the same origin too (the CSP allows only 'self').
  const bare = createServer(HTTP_SERVER_OPTIONS, (req, response) => {
    applySecurityHeaders(response, { pathname: '/', https: false });
    if (stylesheet && req.url === css?.path) {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(stylesheet);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  const staticUrl = await listenOnLoopback(bare);
  const browser = await launchChromium();
  try {
    const app: FirstTiming[] = [];
    const staticRuns: number[] = [];
    await msToFirst(browser, `${serverUrl}/`, FIRST_ROW_SELECTOR); // warm the server's caches
    for (let run = 0; run < runs; run += 1) {
      app.push(await msToFirst(browser, `${serverUrl}/`, FIRST_ROW_SELECTOR));
      staticRuns.push((await msToFirst(browser, `${staticUrl}/`, FIRST_ROW_SELECTOR)).ms);
    }
    const appRuns = app.map((timing) => timing.ms);
    const phase = (pick: (timing: FirstTiming) => number) => median(app.map(pick));
    const appMs = median(appRuns);
    const staticMs = median(staticRuns);
    const sum = (kind: Asset['kind']) =>
      assets.filter((a) => a.kind === kind).reduce((total, a) => total + a.gzipBytes, 0);
    return {
      assets,
      jsGzipBytes: sum('js'),
      cssGzipBytes: sum('css'),
      appMs,
      staticMs,
      rows: result.data.items.length,
      appRuns,
      staticRuns,
      appScriptsLoadedMs: phase((t) => latest(t, (r) => r.name.endsWith('.js'), 'end')),
      appApiStartMs: phase((t) => latest(t, (r) => r.name.includes('/trpc/'), 'start')),
      appApiEndMs: phase((t) => latest(t, (r) => r.name.includes('/trpc/'), 'end')),
      ratio: appMs / staticMs,
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => bare.close(() => done()));
  }
}
