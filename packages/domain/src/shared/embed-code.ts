import { publicPaths, type EmbedFilter } from './agenda-pages.js';

/** The title the embedded agenda's frame carries (screen readers announce it). */
export const EMBED_FRAME_TITLE = 'Agenda Radicale vernieuwing';

/** The frame's height in CSS pixels: six sessions and the link to the whole agenda. */
export const EMBED_FRAME_HEIGHT = 640;

/**
 * The absolute address of the embedded agenda on this site.
 *
 * @example embedUrl('https://jamsessie.example', { theme: 'open-deuren' }) // 'https://jamsessie.example/embed?thema=open-deuren'
 */
export function embedUrl(origin: string, only: EmbedFilter = {}): string {
  return `${origin.replace(/\/+$/, '')}${publicPaths.embed(only)}`;
}

/**
 * The code another site pastes to show the agenda: an iframe of {@link embedUrl}, full width,
 * without border, titled, loaded lazily. The address's `&` is written `&amp;` as HTML wants;
 * slugs are URL-encoded by the path builder, so nothing else needs escaping.
 *
 * @example embedSnippet('https://jamsessie.example', { theme: 'open-deuren' })
 * // '<iframe src="https://jamsessie.example/embed?thema=open-deuren" title="Agenda Radicale vernieuwing" …></iframe>'
 */
export function embedSnippet(origin: string, only: EmbedFilter = {}): string {
  const src = embedUrl(origin, only).replace(/&/g, '&amp;').replace(/"/g, '%22');
  return `<iframe src="${src}" title="${EMBED_FRAME_TITLE}" width="100%" height="${EMBED_FRAME_HEIGHT}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}
