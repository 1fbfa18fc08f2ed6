import type { Db } from '@jamsessie/api';

/** Something that must never reach a visitor, and the strings that would betray it. */
export type Secret = {
  /** What it is, for failure messages ('series jamsessies-vvlg link'). */
  readonly label: string;
  /** Any of these in an answer is a leak: the whole value and distinctive parts of it. */
  readonly needles: readonly string[];
};

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function linkSecret(label: string, link: string): Secret {
  const needles = [link];
  if (URL.canParse(link)) {
    const url = new URL(link);
    needles.push(url.host);
    if (url.pathname.length >= 6) needles.push(`${url.host}${url.pathname}`, url.pathname);
    // The parts that open the meeting on their own: its ID and its passcode.
    needles.push(...url.pathname.split('/').filter((segment) => segment.length >= 6));
    needles.push(...[...url.searchParams.values()].filter((value) => value.length >= 6));
  }
  return { label, needles };
}

function textSecret(label: string, text: string): Secret {
  const clean = collapse(text);
  const needles = [clean];
  if (clean.length > 50) needles.push(clean.slice(0, 50));
  for (const token of clean.match(/PRIVE-[0-9a-f]{8,}/g) ?? []) needles.push(token);
  return { label, needles };
}

/**
 * Every secret in the database right now: the meeting links of series and sessions, the
 * texts of private dilemmas and of reactions shared without consent. Read from the data
 * (not from constants), so generated data and demo data are covered alike.
 *
 * @example const secrets = await secretsIn(db); expect(leaksIn(body, secrets)).toEqual([]);
 */
export async function secretsIn(db: Db): Promise<Secret[]> {
  const [series, sessions, dilemmas, reactions] = await Promise.all([
    db.selectFrom('series').select(['slug', 'meeting_link']).execute(),
    db
      .selectFrom('session')
      .select(['slug', 'meeting_link'])
      .where('meeting_link', 'is not', null)
      .execute(),
    db.selectFrom('dilemma').select(['id', 'text']).where('consent', '=', 'private').execute(),
    db.selectFrom('reaction').select(['id', 'text']).where('consent', '=', 'private').execute(),
  ]);
  return [
    ...series.flatMap((s) =>
      s.meeting_link ? [linkSecret(`series ${s.slug} link`, s.meeting_link)] : [],
    ),
    ...sessions.flatMap((s) =>
      s.meeting_link ? [linkSecret(`session ${s.slug} link`, s.meeting_link)] : [],
    ),
    ...dilemmas.map((d) => textSecret(`private dilemma ${d.id}`, d.text)),
    ...reactions.map((r) => textSecret(`unconsented reaction ${r.id}`, r.text)),
  ];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function jsonStrings(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return '';
  }
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') found.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      Object.entries(node).forEach(([k, v]) => (found.push(k), walk(v)));
  };
  walk(value);
  return found.join('\n');
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
}

/**
 * The ways a text can hide a secret in what the server sends: as is, folded and escaped as
 * in ICS (RFC 5545), as XML entities (RSS), inside JSON strings, percent-encoded, and with
 * whitespace collapsed.
 */
export function textViews(body: string): string[] {
  const unfolded = body.replace(/\r?\n[ \t]/g, '');
  const icsText = unfolded.replace(/\\([,;\\nN])/g, (_, c: string) =>
    c === 'n' || c === 'N' ? '\n' : c,
  );
  const views = [body, unfolded, icsText, decodeXml(body), jsonStrings(body), percentDecoded(body)];
  return [...views, ...views.map(collapse)];
}

/**
 * The labels of the secrets that appear in `body` in any of its {@link textViews}.
 *
 * @example expect(leaksIn(await res.text(), secrets)).toEqual([]);
 */
export function leaksIn(body: string, secrets: readonly Secret[]): string[] {
  const views = textViews(body);
  return secrets
    .filter((secret) =>
      secret.needles.some((needle) => views.some((view) => view.includes(needle))),
    )
    .map((secret) => secret.label);
}

/**
 * All header names and values of an answer as one text (Set-Cookie, ETag, Location,
 * Content-Disposition, … are all places a secret could slip out).
 */
export function headerText(headers: Headers): string {
  return [...headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n');
}
