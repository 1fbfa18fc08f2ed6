// The one home of every public address: the agenda app's pages, the calendar feeds, the
// series downloads and the subscription pages, both as builders (for links in apps, mail,
// feeds and documents) and as matchers (for the app's router and the server). Plain values
// without zod: the apps, the API and the server all read this module.
import type { SeriesDocumentKind } from '../series/series.schema.js';

/** A page of the public agenda app, with the slug its path carries. */
export type AgendaPage =
  | { name: 'agenda' }
  | { name: 'session'; slug: string }
  | { name: 'dilemma'; slug: string }
  | { name: 'weekList' }
  | { name: 'weekEdition'; slug: string }
  | { name: 'reports' }
  | { name: 'report'; slug: string }
  | { name: 'tips' }
  | { name: 'participants' }
  | { name: 'myData' }
  | { name: 'embed' };

/** What the embedded agenda shows: every session, or those of one theme and/or series (slugs). */
export type EmbedFilter = { theme?: string | null; series?: string | null };

/**
 * The query that narrows the embedded agenda (`?thema=…&reeks=…`, the agenda's own filter
 * names), or '' for everything. The embed page and the coordinators' embed-code page share it.
 *
 * @example embedQuery({ theme: 'open-deuren' }) // '?thema=open-deuren'
 */
export function embedQuery(only: EmbedFilter): string {
  const query = [
    only.theme ? `thema=${encodeURIComponent(only.theme)}` : '',
    only.series ? `reeks=${encodeURIComponent(only.series)}` : '',
  ].filter(Boolean);
  return query.length > 0 ? `?${query.join('&')}` : '';
}

const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const enc = encodeURIComponent;

/**
 * The path of every page of the public agenda, so a link is never spelled twice. Slugs are
 * encoded (a no-op for well-formed ones).
 *
 * @example publicPaths.session('jamsessie-7-april-2025') // '/agenda/jamsessie-7-april-2025'
 */
export const publicPaths = {
  /** The agenda itself (the home page). */
  agenda: (): string => '/',
  /** The agenda showing one series only (the agenda's `reeks` filter). */
  seriesAgenda: (slug: string): string => `/agenda?reeks=${enc(slug)}`,
  /** One session's page. */
  session: (slug: string): string => `/agenda/${enc(slug)}`,
  /** The form to bring a question (dilemma) to a session. */
  dilemma: (slug: string): string => `/agenda/${enc(slug)}/dilemma`,
  /** The editions of the Week of the Radicale vernieuwing. */
  weekList: (): string => '/week',
  /** One edition of the Week. */
  weekEdition: (slug: string): string => `/week/${enc(slug)}`,
  /** The published reports. */
  reports: (): string => '/verslagen',
  /** One published report. */
  report: (slug: string): string => `/verslagen/${enc(slug)}`,
  /** The tips bank: the tips and take-aways of every published report. */
  tips: (): string => '/tips',
  /** The participating organisations. */
  participants: (): string => '/deelnemers',
  /** The participant's own page (sign in by link, their dilemmas, consent, export, erasure). */
  myData: (): string => '/mijn-gegevens',
  /**
   * The agenda for embedding in another site, optionally narrowed to a theme and a series
   * (the agenda's own `thema` and `reeks` filters).
   */
  embed: (only: EmbedFilter = {}): string => `/embed${embedQuery(only)}`,
};

const table: ReadonlyArray<readonly [RegExp, (slug: string) => AgendaPage]> = [
  [/^\/(?:agenda\/?)?$/, () => ({ name: 'agenda' })],
  [new RegExp(`^/agenda/${SLUG}/?$`), (slug) => ({ name: 'session', slug })],
  [new RegExp(`^/agenda/${SLUG}/dilemma/?$`), (slug) => ({ name: 'dilemma', slug })],
  [/^\/week\/?$/, () => ({ name: 'weekList' })],
  [new RegExp(`^/week/${SLUG}/?$`), (slug) => ({ name: 'weekEdition', slug })],
  [/^\/verslagen\/?$/, () => ({ name: 'reports' })],
  [new RegExp(`^/verslagen/${SLUG}/?$`), (slug) => ({ name: 'report', slug })],
  [/^\/tips\/?$/, () => ({ name: 'tips' })],
  [/^\/deelnemers\/?$/, () => ({ name: 'participants' })],
  [/^\/mijn-gegevens\/?$/, () => ({ name: 'myData' })],
  [/^\/embed\/?$/, () => ({ name: 'embed' })],
];

/**
 * The agenda page a path shows, or null when the path is no page of the agenda. One table
 * for the app's router (which shows its not-found page for null) and the server (which then
 * answers 404, with the same app as its body), so the two never disagree about what exists.
 *
 * @example agendaPageOf('/agenda/jamsessie-7-april-2025') // { name: 'session', slug: 'jamsessie-7-april-2025' }
 * agendaPageOf('/bestaat-niet') // null
 */
export function agendaPageOf(pathname: string): AgendaPage | null {
  for (const [pattern, build] of table) {
    const match = pattern.exec(pathname);
    if (match) return build(match[1] ?? '');
  }
  return null;
}

/** The participant's own page: sign in by link, their dilemmas, consent, export, erasure. */
export const MY_DATA_PATH = publicPaths.myData();

/**
 * The fragment keys of the one-time links to {@link MY_DATA_PATH}. The token rides in the
 * fragment, so it never reaches a server log, a proxy or a `Referer`, and a mail scanner that
 * fetches the link spends nothing: only the page's button (a POST) uses it.
 */
export const MY_DATA_LINK_KEYS = {
  /** Signs in to the page. */
  sign_in: 'aanmelden',
  /** Confirms a dilemma brought through the public form (and signs in). */
  confirm_dilemma: 'bevestigen',
  /** Shows one text a report wants to use, to give or refuse consent (and signs in). */
  consent: 'toestemming',
} as const;

/**
 * The absolute one-time link a mail carries, for a purpose and a token.
 *
 * @example myDataLink('https://jamsessie.example', 'sign_in', tok) // 'https://jamsessie.example/mijn-gegevens#aanmelden=tok'
 */
export function myDataLink(
  baseUrl: string,
  purpose: keyof typeof MY_DATA_LINK_KEYS,
  token: string,
): string {
  return `${baseUrl}${MY_DATA_PATH}#${MY_DATA_LINK_KEYS[purpose]}=${encodeURIComponent(token)}`;
}

/**
 * Reads a one-time link back from a location's fragment (`#aanmelden=…`), or null.
 *
 * @example linkInFragment('#bevestigen=abc') // { purpose: 'confirm_dilemma', token: 'abc' }
 */
export function linkInFragment(
  hash: string,
): { purpose: keyof typeof MY_DATA_LINK_KEYS; token: string } | null {
  const match = /^#?([a-z]+)=([A-Za-z0-9_%-]+)$/.exec(hash);
  if (!match?.[1] || !match[2]) return null;
  const key = match[1];
  const purpose = (Object.keys(MY_DATA_LINK_KEYS) as (keyof typeof MY_DATA_LINK_KEYS)[]).find(
    (p) => MY_DATA_LINK_KEYS[p] === key,
  );
  return purpose ? { purpose, token: decodeURIComponent(match[2]) } : null;
}

/**
 * An absolute address on the public site: the base URL (a trailing / is fine) and a path
 * from this module.
 *
 * @example publicUrl('https://jamsessie.example/', publicPaths.report('open-deuren'))
 * // 'https://jamsessie.example/verslagen/open-deuren'
 */
export function publicUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** Which calendar feed a path asks for: the whole agenda, or one theme, series or session. */
export type CalendarFeed =
  | { readonly kind: 'all' }
  | { readonly kind: 'theme' | 'series' | 'session'; readonly slug: string };

const feedFolders = { theme: 'thema', series: 'reeks', session: 'sessie' } as const;
const FEED_PATH = new RegExp(`^/agenda/(thema|reeks|sessie)/${SLUG}\\.ics$`);

/**
 * The addresses of the calendar feeds and the reports' RSS feed the server publishes.
 *
 * @example feedPaths.theme('open-deuren') // '/agenda/thema/open-deuren.ics'
 */
export const feedPaths = {
  /** Every public session. */
  agenda: (): string => '/agenda.ics',
  /** The sessions of one theme. */
  theme: (slug: string): string => `/agenda/${feedFolders.theme}/${enc(slug)}.ics`,
  /** The sessions of one series. */
  series: (slug: string): string => `/agenda/${feedFolders.series}/${enc(slug)}.ics`,
  /** One session. */
  session: (slug: string): string => `/agenda/${feedFolders.session}/${enc(slug)}.ics`,
  /** The published reports as RSS. */
  reportsRss: (): string => '/verslagen.rss',
  /** The tips bank as RSS. */
  tipsRss: (): string => '/tips.rss',
  /**
   * One participant's own calendar (PRIVATE: the token is their secret, made on their page);
   * for an eligible person its events carry the meeting link shortly before each session.
   */
  personal: (token: string): string => `/agenda/persoonlijk/${enc(token)}.ics`,
};

const PERSONAL_FEED_PATH = /^\/agenda\/persoonlijk\/([A-Za-z0-9_-]{43})\.ics$/;

/**
 * The token of a personal calendar feed's path, or null when the path is not one (a
 * malformed token is no feed either, so it never reaches the database).
 *
 * @example personalFeedTokenOf(feedPaths.personal(token)) // token
 * personalFeedTokenOf('/agenda/persoonlijk/kort.ics') // null
 */
export function personalFeedTokenOf(pathname: string): string | null {
  return PERSONAL_FEED_PATH.exec(pathname)?.[1] ?? null;
}

/**
 * Maps a path to a calendar feed, or null when it is not one (or its slug is malformed).
 *
 * @example calendarFeedOf('/agenda/thema/open-deuren.ics') // { kind: 'theme', slug: 'open-deuren' }
 */
export function calendarFeedOf(pathname: string): CalendarFeed | null {
  if (pathname === feedPaths.agenda()) return { kind: 'all' };
  const match = FEED_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  const kinds = { thema: 'theme', reeks: 'series', sessie: 'session' } as const;
  return { kind: kinds[match[1] as keyof typeof kinds], slug: match[2] };
}

/** A download a path asks for: the series, the document (its Dutch file name) and format. */
export type DownloadRoute = {
  /** The series' slug. */
  readonly slug: string;
  /** The file name: schema, beschrijving or uitnodiging. */
  readonly document: 'schema' | 'beschrijving' | 'uitnodiging';
  /** PDF, or PNG (the invitation only). */
  readonly format: 'pdf' | 'png';
};

const downloadFiles = {
  schedule: 'schema',
  description: 'beschrijving',
  invitation: 'uitnodiging',
} as const satisfies Record<SeriesDocumentKind, DownloadRoute['document']>;
const DOWNLOAD_PATH = new RegExp(
  `^/downloads/reeks/${SLUG}/(schema|beschrijving|uitnodiging)\\.(pdf|png)$`,
);

/**
 * The address of a series document (the invitation also as PNG image).
 *
 * @example downloadPath('jamsessies-vvlg', 'schedule') // '/downloads/reeks/jamsessies-vvlg/schema.pdf'
 * @example downloadPath('jamsessies-vvlg', 'invitation', 'png') // '/downloads/reeks/jamsessies-vvlg/uitnodiging.png'
 */
export function downloadPath(
  seriesSlug: string,
  kind: SeriesDocumentKind,
  format: 'pdf' | 'png' = 'pdf',
): string {
  return `/downloads/reeks/${enc(seriesSlug)}/${downloadFiles[kind]}.${format}`;
}

/**
 * Maps a path to a download, or null. Only the invitation exists as PNG as well.
 *
 * @example downloadOf('/downloads/reeks/jamsessies-vvlg/schema.pdf') // { slug: 'jamsessies-vvlg', document: 'schema', format: 'pdf' }
 */
export function downloadOf(pathname: string): DownloadRoute | null {
  const match = DOWNLOAD_PATH.exec(pathname);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const route = {
    slug: match[1],
    document: match[2] as DownloadRoute['document'],
    format: match[3] as DownloadRoute['format'],
  };
  if (route.format === 'png' && route.document !== 'uitnodiging') return null;
  return route.slug.length <= 80 ? route : null;
}

/**
 * The pages behind the links in subscription mail (served by the server, linked by the API).
 *
 * @example subscriptionPaths.confirm // '/abonnement/bevestigen'
 */
export const subscriptionPaths = {
  /** Confirms a subscription (double opt-in); the token is in `?token=`. */
  confirm: '/abonnement/bevestigen',
  /** Ends a subscription; only the button on the page (a POST) acts. */
  unsubscribe: '/abonnement/afmelden',
  /** The fallback stylesheet of these pages. */
  stylesheet: '/abonnement/pagina.css',
} as const;

/** Sessions per `agenda.list` request of the agenda page: a year of monthly sessions and more. */
export const AGENDA_PAGE_SIZE = 50;

/**
 * The one `agenda.list` request of the plain agenda page (`/`, no filters): the app asks for it
 * and the server's first view embeds its answer under the same key, so the page needs no API
 * call. A mismatch would cost the saved round trip, so both read it here.
 */
export const agendaFirstPage = { when: 'upcoming', pageSize: AGENDA_PAGE_SIZE, page: 1 } as const;
