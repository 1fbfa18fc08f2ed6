import type { Executor } from '@jamsessie/db';
import { meetingLinkWarning } from '@jamsessie/domain';
import { publicLinkFilter } from './public-link-filter.js';

/** The one field where a link belongs: the series' or session's own meeting link. */
const LINK_FIELDS = new Set(['meetingLink']);

function textsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => textsIn(item, into));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) if (!LINK_FIELDS.has(key)) textsIn(item, into);
  return into;
}

/**
 * The saved value with `linkWarning`: the Dutch warning when a text the coordinator just
 * saved for the public contains a meeting link (any series' or session's, including the
 * one saved now) or a part of it, else null. The save itself has succeeded; public surfaces
 * show the redacted text.
 *
 * @example return withLinkWarning(ctx.db, input, await saveTheme(...));
 */
export async function withLinkWarning<T extends object>(
  db: Executor,
  input: unknown,
  saved: T,
): Promise<T & { linkWarning: string | null }> {
  const filter = await publicLinkFilter(db);
  const hits = textsIn(input).flatMap((text) => filter.find(text));
  return { ...saved, linkWarning: meetingLinkWarning(hits) };
}
