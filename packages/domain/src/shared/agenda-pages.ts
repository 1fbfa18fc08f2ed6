// Plain values without zod: the agenda app's router and the server both read this table.

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

const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)';

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
export const MY_DATA_PATH = '/mijn-gegevens';

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
  const match = /^#?(aanmelden|bevestigen)=([A-Za-z0-9_%-]+)$/.exec(hash);
  if (!match?.[1] || !match[2]) return null;
  const purpose = match[1] === 'aanmelden' ? 'sign_in' : 'confirm_dilemma';
  return { purpose, token: decodeURIComponent(match[2]) };
}
