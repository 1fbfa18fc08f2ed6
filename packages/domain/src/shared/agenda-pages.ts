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
