import {
  LABELLED_SECRET,
  isLabelledSecret,
  meetingLinkParts,
  type MeetingLinkPart,
  type MeetingLinkPartKind,
} from './meeting-link-parts.js';

/** What a redacted meeting link, or a part of one, is replaced with in public text. */
export const REDACTED_LINK = '[link op aanvraag]';

/** One place in a text where a meeting link or a part of it was found. */
export type MeetingLinkHit = { readonly kind: MeetingLinkPartKind; readonly text: string };

/**
 * A filter compiled from all current meeting links: `redact` for text on its way to the
 * public, `find` to tell a coordinator what a text contains. Compile once per set of links
 * (the API caches one per data version) and apply it to every string.
 */
export type MeetingLinkFilter = {
  /** The text with every link, meeting ID and passcode replaced by {@link REDACTED_LINK}. */
  redact(text: string): string;
  /** Every link, meeting ID and passcode in the text, in order (empty: nothing to warn about). */
  find(text: string): MeetingLinkHit[];
};

// Characters a pasted URL is made of: a hit is widened to the whole URL around it, so
// `https://www.zoom.us/j/123?pwd=x#y` goes as one, not leaving a scheme or a query behind.
const URL_CHAR = /[^\s<>"'`()[\]{}]/u;
// Sentence punctuation right after a URL belongs to the sentence, not to the URL.
const TRAILING_PUNCTUATION = /[.,;:!?]/;

type Span = { start: number; end: number; kind: MeetingLinkPartKind };

function combined(parts: readonly MeetingLinkPart[]): RegExp | null {
  if (parts.length === 0) return null;
  return new RegExp(parts.map((p) => `(${p.pattern})`).join('|'), 'giu');
}

function widen(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && URL_CHAR.test(text[from - 1]!)) from -= 1;
  while (to < text.length && URL_CHAR.test(text[to]!)) to += 1;
  while (to > end && TRAILING_PUNCTUATION.test(text[to - 1]!)) to -= 1;
  return [from, to];
}

function linkSpans(text: string, pattern: RegExp | null, parts: readonly MeetingLinkPart[]) {
  const spans: Span[] = [];
  if (!pattern) return spans;
  for (const match of text.matchAll(pattern)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const kind = parts[group - 1]?.kind ?? 'link';
    const matchEnd = match.index + match[0].length;
    const last = spans.at(-1);
    // Inside the URL already taken: nothing to widen (keeps a long pasted text linear).
    if (last && matchEnd <= last.end) continue;
    const [start, end] = widen(text, Math.max(match.index, last?.end ?? 0), matchEnd);
    if (last && Math.min(start, match.index) <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start: Math.min(start, match.index), end, kind });
  }
  return spans;
}

function labelledSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(LABELLED_SECRET)) {
    const [, label = '', separator = '', found = ''] = match;
    const value = found.replace(/[._-]+$/, '');
    if (!isLabelledSecret(separator, value)) continue;
    const start = match.index + label.length + separator.length;
    spans.push({
      start,
      end: start + value.length,
      kind: /id$/i.test(label) ? 'meeting-id' : 'passcode',
    });
  }
  return spans;
}

function replaceSpans(text: string, spans: readonly Span[]): string {
  let result = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.end <= at) continue;
    // A span overlapping the one before (a labelled passcode inside a URL) widens it.
    if (span.start < at) at = span.end;
    else {
      result += text.slice(at, span.start) + REDACTED_LINK;
      at = span.end;
    }
  }
  return result + text.slice(at);
}

/**
 * Compiles the one filter for meeting links in public text, from ALL current meeting links
 * (of every series and session: a series' link pasted into a theme description must go too).
 * It finds each link in its spellings (with or without `https://`, `www.`, query, in any
 * case), its meeting ID with or without host (a numeric one also as "876 1234 5678"), its
 * passcode value, and any value written after a passcode or meeting-ID label ("code X",
 * "wachtwoord: X", "passcode X"), and replaces each by {@link REDACTED_LINK}.
 *
 * @example
 * const filter = compileMeetingLinkFilter(['https://us02web.zoom.us/j/87612345678?pwd=Q7x9Zk']);
 * filter.redact('Via zoom.us/j/87612345678 (code Q7x9Zk), ID 876 1234 5678.')
 * // 'Via [link op aanvraag] (code [link op aanvraag]), ID [link op aanvraag].'
 */
export function compileMeetingLinkFilter(
  links: readonly (string | null | undefined)[],
): MeetingLinkFilter {
  const parts = [...new Set(links.flatMap((l) => (l ? [l.trim()] : [])))]
    .flatMap(meetingLinkParts)
    .sort((a, b) => b.pattern.length - a.pattern.length);
  const pattern = combined(parts);
  const spansOf = (text: string) => [...linkSpans(text, pattern, parts), ...labelledSpans(text)];
  return {
    redact(text) {
      let result = text;
      // A replacement next to surrounding text could in theory form a secret again, so
      // repeat; if it still does after a few passes, withhold the whole text.
      for (let pass = 0; pass < 4; pass += 1) {
        const spans = spansOf(result);
        if (spans.length === 0) return result;
        result = replaceSpans(result, spans);
      }
      return spansOf(result).length === 0 ? result : REDACTED_LINK;
    },
    find(text) {
      return spansOf(text)
        .sort((a, b) => a.start - b.start)
        .map((span) => ({ kind: span.kind, text: text.slice(span.start, span.end) }));
    },
  };
}

const HIT_NAMES: Readonly<Record<MeetingLinkPartKind, string>> = {
  link: 'een vergaderlink',
  'meeting-id': 'een meeting-ID',
  passcode: 'een toegangscode',
};

/**
 * The Dutch warning a coordinator sees after saving public text that contains a meeting
 * link or a part of it (the save itself succeeds), or null when there is nothing to say.
 *
 * @example meetingLinkWarning([{ kind: 'passcode', text: 'Q7x9Zk' }])
 * // 'Let op: deze tekst bevat een toegangscode. …'
 */
export function meetingLinkWarning(hits: readonly MeetingLinkHit[]): string | null {
  if (hits.length === 0) return null;
  const kinds = [...new Set(hits.map((hit) => HIT_NAMES[hit.kind]))];
  const named =
    kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} en ${kinds.at(-1)}`;
  return `Let op: deze tekst bevat ${named}. Opgeslagen, maar op openbare pagina's, in agenda's en downloads staat er "${REDACTED_LINK}". Haal de link uit de tekst; deelnemers vragen hem aan.`;
}
