import { sql, type RawBuilder } from 'kysely';

/**
 * The text-search configuration of reports and their tips: a copy of 'dutch' (Snowball
 * stemming, which PGlite 0.5 ships too) that indexes no links, hosts or e-mail addresses, so a
 * search cannot confirm a pasted meeting link (migration 2026_11_23_140000).
 */
export const REPORT_SEARCH_CONFIG = 'jamsessie_dutch';

/** A piece of a search result's text: `match` marks the words that matched the query. */
export type HeadlinePart = { readonly text: string; readonly match: boolean };

// Control characters as highlight marks: unlike `<b>`, no editor types them, and they are
// stripped from the text first, so a mark in the answer is always one the database set.
const START = '\u0002';
const STOP = '\u0003';

// A quoted lexeme in a tsquery's text form ('it''s'), and the same lexeme as a prefix.
const QUOTED_LEXEME = `'((?:[^']|'')*)'`;
const AS_PREFIX = `'\\1':*`;

/**
 * The web-style query (`"open deur" -hek`, `mantelzorgers or naasten`) in the Dutch config,
 * widened to the other forms of its words. Snowball's Dutch stemmer gives "fiets" the stem
 * 'fiet' but "fietsen" the stem 'fiets', so stems alone would not let one find the other.
 * The query therefore also matches its stems stemmed once more, as prefixes ('fiets' ->
 * 'fiet':*), which also finds Dutch compounds ("deur" finds "deurbeleid"). The second query
 * is the first with `:*` added to each quoted lexeme of its text form, so operators,
 * phrases and exclusions keep their meaning.
 */
export function searchQuerySql(query: string): RawBuilder<unknown> {
  const config = sql.lit(REPORT_SEARCH_CONFIG);
  const exact = sql`websearch_to_tsquery(${config}, ${query})`;
  const prefixes = sql`to_tsquery(${config},
    regexp_replace(${exact}::text, ${QUOTED_LEXEME}, ${AS_PREFIX}, 'g'))`;
  return sql`(${exact} || ${prefixes})`;
}

/** The Dutch search vector of a text expression, for matching outside a stored vector. */
export function searchVectorSql(text: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`to_tsvector(${sql.lit(REPORT_SEARCH_CONFIG)}, ${text})`;
}

/**
 * PostgreSQL's `ts_headline` of a text for a query, with our own marks: `whole` returns the
 * whole text with every match marked (a short tip), otherwise up to two fragments around
 * the matches (a long report), joined by ' … '. Parse the answer with {@link headlineParts}.
 */
export function headlineSql(
  text: RawBuilder<unknown>,
  tsQuery: RawBuilder<unknown>,
  mode: 'whole' | 'fragments',
): RawBuilder<string> {
  const shape =
    mode === 'whole'
      ? 'HighlightAll=true'
      : 'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';
  const options = `StartSel=${START}, StopSel=${STOP}, ${shape}`;
  const clean = sql`translate(${text}, ${START + STOP}, '')`;
  return sql<string>`ts_headline(${sql.lit(REPORT_SEARCH_CONFIG)}, ${clean}, ${tsQuery}, ${options})`;
}

/**
 * Splits a headline made by {@link headlineSql} into plain parts, so no markup is passed on:
 * the apps render each part as text (a match inside `<mark>`).
 *
 * @example headlineParts('Een \u0002fiets\u0003 voor het team') // [{ text: 'Een ', match: false }, { text: 'fiets', match: true }, …]
 */
export function headlineParts(headline: string): HeadlinePart[] {
  const parts: HeadlinePart[] = [];
  for (const [index, piece] of headline.split(START).entries()) {
    const [marked, rest] = index === 0 ? [null, piece] : splitOnce(piece, STOP);
    if (marked) parts.push({ text: marked, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
