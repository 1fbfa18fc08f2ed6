/**
 * How agenda links open: inside the app, or (in the embedded view on another site) in a new
 * tab, so the visitor does not lose the page that embeds the agenda.
 */
export type LinkTarget = 'self' | 'newTab';

/** The anchor attributes for a link target. */
export function linkAttributes(target: LinkTarget): { target?: string; rel?: string } {
  return target === 'newTab' ? { target: '_blank', rel: 'noopener' } : {};
}
