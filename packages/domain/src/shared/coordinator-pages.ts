import { embedQuery, type EmbedFilter } from './agenda-pages.js';

// Plain values without zod: the coordinators' app's router, the server (which answers 404 for
// a path that is no page) and the API (which mails links to these pages) read this one table.

/** The base path of the coordinators' app on the server. */
export const COORDINATOR_BASE = '/beheer';
const BASE = COORDINATOR_BASE;

/**
 * The anchor of a session page's attendance section, where the finished run's "Deelnemers
 * vastleggen" leads (`coordinatorPaths.participants`).
 */
export const PARTICIPANTS_ANCHOR = 'deelnemers';

/** Every screen of the coordinators' app, with the parameters its path carries. */
export type CoordinatorPage =
  | { name: 'dashboard' }
  | { name: 'plan' }
  | { name: 'seriesNew' }
  | { name: 'series'; seriesId: string }
  | { name: 'sessions' }
  | { name: 'session'; sessionId: string }
  | { name: 'inventory'; sessionId: string }
  | { name: 'live'; sessionId: string }
  | { name: 'report'; sessionId: string }
  | { name: 'week' }
  | { name: 'weekEdition'; editionId: string }
  | { name: 'organisations' }
  | { name: 'people' }
  | { name: 'embed' }
  | { name: 'accounts' }
  | { name: 'password' }
  | { name: 'forgotPassword' }
  | { name: 'resetPassword' }
  | { name: 'share'; token: string }
  | { name: 'cue'; token: string };

const enc = encodeURIComponent;

/**
 * The path of every screen of the coordinators' app, so links are never spelled twice.
 *
 * @example coordinatorPaths.live(id) // '/beheer/sessies/<id>/live'
 */
export const coordinatorPaths = {
  /** The overview. */
  dashboard: () => `${BASE}/`,
  /** The series to plan. */
  plan: () => `${BASE}/planning`,
  /** A new series. */
  seriesNew: () => `${BASE}/planning/nieuw`,
  /** One series, its year plan (`?jaar=`) and its link. */
  series: (id: string, year?: number) =>
    `${BASE}/planning/${enc(id)}${year ? `?jaar=${year}` : ''}`,
  /** All sessions. */
  sessions: () => `${BASE}/sessies`,
  /** One session to edit. */
  session: (id: string) => `${BASE}/sessies/${enc(id)}`,
  /** The participants of a session: its page, at the attendance form. */
  participants: (id: string) => `${BASE}/sessies/${enc(id)}#${PARTICIPANTS_ANCHOR}`,
  /** The questions brought to a session. */
  inventory: (id: string) => `${BASE}/sessies/${enc(id)}/inventarisatie`,
  /** The live run of the three steps. */
  live: (id: string) => `${BASE}/sessies/${enc(id)}/live`,
  /** The report of a session. */
  report: (id: string) => `${BASE}/sessies/${enc(id)}/verslag`,
  /** The editions of the Week. */
  week: () => `${BASE}/week`,
  /** One edition of the Week. */
  weekEdition: (id: string) => `${BASE}/week/${enc(id)}`,
  /** The participating organisations. */
  organisations: () => `${BASE}/organisaties`,
  /** The people, their data and consents. */
  people: () => `${BASE}/personen`,
  /**
   * The code to show the agenda on another site, with a live preview; optionally preset to a
   * theme and a series (the public agenda's subscribe box links here with its filters). Open
   * to visitors too: it shows nothing that is not public.
   */
  embed: (only: EmbedFilter = {}) => `${BASE}/insluiten${embedQuery(only)}`,
  /** The coordinators’ accounts. */
  accounts: () => `${BASE}/accounts`,
  /** Choosing one’s own password. */
  password: () => `${BASE}/wachtwoord`,
  /** Asking for a reset link. */
  forgotPassword: () => `${BASE}/wachtwoord-vergeten`,
  /** The page a reset mail links to. */
  resetPassword: () => `${BASE}/wachtwoord-herstellen`,
  /** The shared screen ("meekijken"), by its token. */
  share: (token: string) => `${BASE}/meekijken/${enc(token)}`,
  /** Person A's private cue screen on their phone ("jouw beurt"), by its token. */
  cue: (token: string) => `${BASE}/jouw-beurt/${enc(token)}`,
};

const table: ReadonlyArray<readonly [RegExp, (m: string[]) => CoordinatorPage]> = [
  [/^\/?$/, () => ({ name: 'dashboard' })],
  [/^\/planning\/?$/, () => ({ name: 'plan' })],
  [/^\/planning\/nieuw\/?$/, () => ({ name: 'seriesNew' })],
  [/^\/planning\/([^/]+)\/?$/, (m) => ({ name: 'series', seriesId: m[1] ?? '' })],
  [/^\/sessies\/?$/, () => ({ name: 'sessions' })],
  [/^\/sessies\/([^/]+)\/?$/, (m) => ({ name: 'session', sessionId: m[1] ?? '' })],
  [
    /^\/sessies\/([^/]+)\/inventarisatie\/?$/,
    (m) => ({ name: 'inventory', sessionId: m[1] ?? '' }),
  ],
  [/^\/sessies\/([^/]+)\/live\/?$/, (m) => ({ name: 'live', sessionId: m[1] ?? '' })],
  [/^\/sessies\/([^/]+)\/verslag\/?$/, (m) => ({ name: 'report', sessionId: m[1] ?? '' })],
  [/^\/week\/?$/, () => ({ name: 'week' })],
  [/^\/week\/([^/]+)\/?$/, (m) => ({ name: 'weekEdition', editionId: m[1] ?? '' })],
  [/^\/organisaties\/?$/, () => ({ name: 'organisations' })],
  [/^\/personen\/?$/, () => ({ name: 'people' })],
  [/^\/insluiten\/?$/, () => ({ name: 'embed' })],
  [/^\/accounts\/?$/, () => ({ name: 'accounts' })],
  [/^\/wachtwoord\/?$/, () => ({ name: 'password' })],
  [/^\/wachtwoord-vergeten\/?$/, () => ({ name: 'forgotPassword' })],
  [/^\/wachtwoord-herstellen\/?$/, () => ({ name: 'resetPassword' })],
  [/^\/meekijken\/([^/]+)\/?$/, (m) => ({ name: 'share', token: m[1] ?? '' })],
  [/^\/jouw-beurt\/([^/]+)\/?$/, (m) => ({ name: 'cue', token: m[1] ?? '' })],
];

/**
 * The screen of the coordinators' app a path ('/beheer/sessies/abc/live') shows, with its
 * parameters decoded, or null for a path outside the app or no screen of it.
 *
 * @example coordinatorPageOf('/beheer/planning') // { name: 'plan' }
 * coordinatorPageOf('/beheer/bestaat-niet') // null
 */
export function coordinatorPageOf(pathname: string): CoordinatorPage | null {
  if (pathname !== BASE && !pathname.startsWith(`${BASE}/`)) return null;
  const rest = pathname.slice(BASE.length);
  for (const [pattern, build] of table) {
    const m = pattern.exec(rest);
    if (!m) continue;
    try {
      return build(m.map((part) => decodeURIComponent(part)));
    } catch {
      return null;
    }
  }
  return null;
}
