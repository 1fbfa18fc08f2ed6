import {
  findKeywordBySlug,
  findThemeBySlug,
  type Executor,
  type HeadlinePart,
} from '@jamsessie/db';
import { SearchQuery, Slug, type MeetingLinkFilter } from '@jamsessie/domain';
import { z } from 'zod';
import { publicLinkFilter } from '../privacy/public-link-filter.js';
import { PageInput } from './paging.js';

/**
 * The input of a public, searchable list tagged like reports (the reports and the tips
 * bank): Dutch full text, a theme and a keyword by slug, a page.
 */
export const TaggedSearchInput = z
  .object({
    /** Dutch full-text search, web style ("open deur" -hek). */
    q: SearchQuery.optional(),
    /** A theme's slug. */
    theme: Slug.optional(),
    /** A keyword's slug. */
    keyword: Slug.optional(),
    ...PageInput.shape,
  })
  .prefault({});

/** A piece of a search result's text: `match` marks the words that matched the query. */
export type SnippetPart = HeadlinePart;

/**
 * The ids of the theme and keyword slugs asked for; `unknown` when one does not exist (the
 * list is then empty rather than unfiltered).
 */
export async function tagIds(db: Executor, input: { theme?: string; keyword?: string }) {
  const [theme, keyword] = await Promise.all([
    input.theme ? findThemeBySlug(db, input.theme) : undefined,
    input.keyword ? findKeywordBySlug(db, input.keyword) : undefined,
  ]);
  return {
    unknown: Boolean((input.theme && !theme) || (input.keyword && !keyword)),
    themeId: theme?.id,
    keywordId: keyword?.id,
  };
}

/**
 * Whether a query holds a meeting link, its ID or its passcode. Such a search finds nothing:
 * a hit would confirm that a text holds it, even though its public form shows the redaction.
 */
export async function searchesForMeetingLink(db: Executor, q: string): Promise<boolean> {
  return q !== '' && (await publicLinkFilter(db)).redact(q) !== q;
}

/**
 * Text parts with their marks, as the public may see them: a mark can cut a link in two, so
 * the joined text is checked; when it holds a link or its parts, the parts become the
 * redacted text without marks.
 *
 * @example redactParts([{ text: 'via zoom', match: true }], filter)
 */
export function redactParts(
  parts: readonly SnippetPart[],
  filter: MeetingLinkFilter,
): SnippetPart[] {
  const plain = parts.map((part) => part.text).join('');
  const redacted = filter.redact(plain);
  if (redacted === plain) return [...parts];
  return redacted === '' ? [] : [{ text: redacted, match: false }];
}
