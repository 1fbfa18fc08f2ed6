/**
 * The addresses of the calendar feeds the server publishes, and the two ways to use one:
 * `webcal://` opens the calendar app with a subscription, the http(s) address is for copying
 * into a calendar that asks for a URL.
 */
export const feedPaths = {
  agenda: (): string => '/agenda.ics',
  theme: (slug: string): string => `/agenda/thema/${slug}.ics`,
  series: (slug: string): string => `/agenda/reeks/${slug}.ics`,
  session: (slug: string): string => `/agenda/sessie/${slug}.ics`,
  reportsRss: (): string => '/verslagen.rss',
  tipsRss: (): string => '/tips.rss',
};

/**
 * The series documents the server offers as downloads (the invitation also as PNG image).
 *
 * @example downloadPath('jamsessies-vvlg', 'schedule') // '/downloads/reeks/jamsessies-vvlg/schema.pdf'
 * @example downloadPath('jamsessies-vvlg', 'invitation', 'png') // '/downloads/reeks/jamsessies-vvlg/uitnodiging.png'
 */
export function downloadPath(
  seriesSlug: string,
  kind: 'schedule' | 'description' | 'invitation',
  format: 'pdf' | 'png' = 'pdf',
): string {
  const file = { schedule: 'schema', description: 'beschrijving', invitation: 'uitnodiging' }[kind];
  return `/downloads/reeks/${seriesSlug}/${file}.${format}`;
}

/**
 * The subscription links of a feed on this site.
 *
 * @example subscribeLinks('/agenda.ics', 'https://jamsessie.example')
 * // { webcal: 'webcal://jamsessie.example/agenda.ics', web: 'https://jamsessie.example/agenda.ics' }
 */
export function subscribeLinks(path: string, origin: string): { webcal: string; web: string } {
  const web = `${origin}${path}`;
  return { webcal: web.replace(/^https?:/, 'webcal:'), web };
}
