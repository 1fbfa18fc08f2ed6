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
