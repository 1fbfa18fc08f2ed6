/**
 * The parts of a meeting link that open a meeting on their own, each as a regular-expression
 * source that finds it in free text (case-insensitive, see `meeting-link-filter.ts`).
 */
export type MeetingLinkPart = {
  readonly kind: MeetingLinkPartKind;
  readonly pattern: string;
};

/** What a found part is: the link itself (any spelling), its meeting ID, or its passcode. */
export type MeetingLinkPartKind = 'link' | 'meeting-id' | 'passcode';

// Query keys whose value is a passcode (Zoom `pwd`, Webex `pw`, and the like).
const PASSCODE_KEYS = /^(pwd|pw|pass|passcode|password|wachtwoord|code|pin|pincode|key|token)$/i;
// A digit-only meeting ID is at least this long (Zoom: 9–11 digits, Teams dial-in: 10–12).
const MIN_DIGIT_ID = 9;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Not preceded/followed by a letter or digit: `123` is not found inside `41234`. */
const alone = (source: string) => `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`;

/** The digits of an ID, also written in groups ("876 1234 5678", "876-1234-5678"). */
const spacedDigits = (digits: string) => digits.split('').join('[\\s.\\u2010-\\u2015-]?');

/** A link taken apart without `URL` (the domain runs where no DOM or Node types exist). */
type LinkPieces = { host: string; pathname: string; search: string; query: [string, string][] };

function parse(link: string): LinkPieces | null {
  const match =
    /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#\s]*@)?([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?/i.exec(
      link.trim(),
    );
  if (!match) return null;
  const [, host = '', pathname = '', search = ''] = match;
  const query = search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair): [string, string] => {
      const [key = '', ...value] = pair.split('=');
      return [decoded(key), decoded(value.join('=').replace(/\+/g, ' '))];
    });
  return { host: host.toLowerCase(), pathname, search, query };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A path segment distinctive enough to be the meeting's ID (not `j`, `s`, `meeting`). */
function isDistinctive(segment: string): boolean {
  return segment.length >= 6 && (/\d/.test(segment) || segment.length >= 10);
}

/**
 * The parts of one meeting link: the link as host and path (with or without scheme, `www.`,
 * query or fragment, in any case), each distinctive path segment (the meeting ID; a numeric
 * one also written with spaces or dashes), and each passcode value in its query. A text that
 * is no URL is found as it is.
 *
 * @example meetingLinkParts('https://us02web.zoom.us/j/87612345678?pwd=Q7x9Zk').map((p) => p.kind)
 * // ['link', 'meeting-id', 'passcode']
 */
export function meetingLinkParts(link: string): MeetingLinkPart[] {
  const url = parse(link);
  if (!url) return [];
  const host = url.host.replace(/^www\./i, '');
  const path = url.pathname.replace(/\/+$/, '');
  const parts: MeetingLinkPart[] = [];
  // Without a path the query is what tells this meeting apart (`meet.example/?id=…`).
  const addresses =
    path === '' ? [`${host}${url.search}`, `${host}/${url.search}`] : [`${host}${path}`];
  // And as written, so odd spellings the URL parser normalises (`a.example//?x`) count too.
  addresses.push(
    link
      .trim()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .replace(/^www\./i, ''),
  );
  if (host.length >= 4) {
    const spellings = [...new Set(addresses.flatMap((a) => [a, decoded(a)]))].map(escapeRegExp);
    parts.push({
      kind: 'link',
      // Found as a bare substring: any text that contains the link contains a leak.
      pattern: `(?:${spellings.join('|')})`,
    });
  }
  const segments = path.split('/').flatMap((raw: string) => [...new Set([raw, decoded(raw)])]);
  for (const segment of segments) {
    if (!isDistinctive(segment)) continue;
    // A numeric ID counts wherever no other digit touches it ("ID876 1234 5678").
    const pattern = /^\d+$/.test(segment)
      ? `(?<!\\d)${segment.length >= MIN_DIGIT_ID ? spacedDigits(segment) : segment}(?!\\d)`
      : alone(escapeRegExp(segment));
    parts.push({ kind: 'meeting-id', pattern });
  }
  for (const [key, value] of url.query) {
    if (PASSCODE_KEYS.test(key) && value.trim().length >= 4)
      parts.push({ kind: 'passcode', pattern: alone(escapeRegExp(value.trim())) });
  }
  return parts;
}

/**
 * Labels after which a written-out passcode or meeting ID follows ("code X", "wachtwoord: X",
 * "passcode X", "meeting-ID: 876 1234 5678"): such a value is redacted even when it matches
 * no known link, because the passcode a host reads out is not always the `pwd` of the link.
 * Groups: 1 the label, 2 the separator, 3 the value. See {@link isLabelledSecret}.
 */
export const LABELLED_SECRET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:toegangs|pin|pass|meeting[- ]?|vergader[- ]?)?code|wachtwoord|password|passcode|pwd|(?:meeting|vergader)[- ]?id)` +
    String.raw`(\s*[:=]\s*|\s+)(\d{3,4}(?:[ -]\d{3,4}){1,3}(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}._-]{3,})`,
  'giu',
);

/**
 * Whether a {@link LABELLED_SECRET} match is a secret: after `:` or `=` always; after a mere
 * space only when the value has a digit, so "code rood" or "wachtwoord vergeten" stay.
 */
export function isLabelledSecret(separator: string, value: string): boolean {
  return /[:=]/.test(separator) || /\d/.test(value);
}
