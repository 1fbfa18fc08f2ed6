import { expect } from 'vitest';
import type { HttpAnswer } from './trpc-http.client.js';

/** Traces of the server's insides that a visitor must never see in a body. */
const INTERNALS = [
  /\n\s+at [^\n]+:\d+:\d+/, // a stack frame
  /node_modules/,
  /\.ts:\d+/,
  /SyntaxError|TypeError|RangeError|ReferenceError/,
  /ZodError|\$ZodError/,
  /kysely|PGlite|pg_catalog|postgres(ql)?:\/\//i,
  /ECONNREFUSED|ECONNRESET/,
];

/** Words of tRPC's, Node's and zod's English messages that no Dutch message of ours uses. */
const ENGLISH =
  /\b(the|not|found|invalid|unsupported|procedure|request|input|expected|received|must|cannot|unable|failed|missing|exceeds|only|allowed|error|please|too|large|parse|JSON)\b/i;

/** Small Dutch words: a message without any of them is not a Dutch sentence. */
const DUTCH = /\b(de|het|een|niet|is|je|dit|deze|dat|van|te|op|in|met|er|en|of|voor|geen|bij)\b/i;

/**
 * The messages a visitor reads in an error answer: each `error.message` of a tRPC answer
 * (one per call of a batch), or the body of a plain-text answer. Empty for successes, for
 * bodiless answers (HEAD, Node's own 431) and for an app page served as a 404.
 *
 * @example visitorMessages(answer) // ['Niet gevonden.']
 */
export function visitorMessages(answer: HttpAnswer): string[] {
  if (answer.status < 400 || answer.text.trim() === '') return [];
  // An unknown page answers 404 with the app itself, which shows its own Dutch not-found page
  // (the browser tests check that page); its HTML is no message to read here.
  if (answer.headers.get('content-type')?.startsWith('text/html')) return [];
  let json: unknown;
  try {
    // Not by Content-Type: tRPC sends some refusals (a PUT, say) without one.
    json = JSON.parse(answer.text);
  } catch {
    return [answer.text.trim()];
  }
  const items = (Array.isArray(json) ? json : [json]) as { error?: { message?: unknown } }[];
  return items.flatMap((item) =>
    item && typeof item === 'object' && item.error ? [String(item.error.message)] : [],
  );
}

/**
 * Asserts that every message of an error answer is a readable Dutch sentence, not one of
 * tRPC's English defaults ("No procedure found on path …", "Invalid input", …).
 *
 * @example expectDutchMessages(answer, 'GET /trpc/bestaat.niet');
 */
export function expectDutchMessages(answer: HttpAnswer, what: string): void {
  for (const message of visitorMessages(answer)) {
    expect(message, `${what}: not Dutch`).toMatch(DUTCH);
    expect(message, `${what}: English words`).not.toMatch(ENGLISH);
  }
}

/**
 * Asserts what every answer to a visitor must satisfy, whatever they sent: not a 5xx, no
 * stack trace, file path, exception name or database detail in the body, and error messages
 * in Dutch.
 *
 * @example expectCleanAnswer(answer, 'agenda.list with {"year": 1e308}');
 */
export function expectCleanAnswer(answer: HttpAnswer, what: string): void {
  expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  for (const pattern of INTERNALS) {
    expect(answer.text, `${what}: body shows ${String(pattern)}`).not.toMatch(pattern);
  }
  expectDutchMessages(answer, what);
}

/**
 * A short, printable description of a fuzzed input for failure messages (inputs can be
 * 100 kB strings or 3000 levels deep).
 */
export function describeInput(input: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    json = String(input);
  }
  if (json === undefined) return 'undefined';
  return json.length > 160 ? `${json.slice(0, 160)}… (${json.length} chars)` : json;
}
