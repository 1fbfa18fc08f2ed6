import { clientNameHintLabels, findClientNameHints } from './client-name.rules.js';
import type { ClientNameHintKind } from './client-name.rules.js';

/** One text bound for the public, named by the field it lives in. */
export type PublicTextField = {
  /** A stable path of the field, e.g. `summary`, `dilemmas.0.text`. */
  field: string;
  /** The Dutch name of the field for messages, e.g. `Samenvatting`. */
  label: string;
  text: string;
};

/** A passage in a public field that may identify a client. */
export type ClientNameFieldHit = {
  field: string;
  label: string;
  kind: ClientNameHintKind;
  match: string;
  index: number;
  /** A few words around the passage, so a reader can find it. */
  snippet: string;
  /** Stable key of this passage in this field, used to mark it "geen cliëntgegeven". */
  key: string;
};

const SNIPPET_MARGIN = 30;

function snippetAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - SNIPPET_MARGIN);
  const end = Math.min(text.length, index + length + SNIPPET_MARGIN);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * The key that marks one passage of one field as "geen cliëntgegeven". It names the field, the
 * kind and the passage (not its position), so the mark survives edits elsewhere in the text
 * and falls away when the passage itself changes.
 *
 * @example clientNameHitKey('summary', 'room_number', 'kamer 12') // 'summary|room_number|kamer 12'
 */
export function clientNameHitKey(field: string, kind: ClientNameHintKind, match: string): string {
  return `${field}|${kind}|${match.toLocaleLowerCase('nl-NL')}`;
}

/**
 * Runs the client-name detector over every public field and returns each hit with its field,
 * kind, position and a snippet; hits whose key is in `cleared` (marked "geen cliëntgegeven"
 * by a coordinator) are left out.
 *
 * @example findClientNameHitsInFields([{ field: 'title', label: 'Titel', text: 'Mevrouw De Vries' }])
 * // [{ field: 'title', label: 'Titel', kind: 'title_and_name', match: 'Mevrouw De Vries', index: 0, … }]
 */
export function findClientNameHitsInFields(
  fields: readonly PublicTextField[],
  cleared: ReadonlySet<string> = new Set(),
): ClientNameFieldHit[] {
  const hits: ClientNameFieldHit[] = [];
  for (const { field, label, text } of fields) {
    for (const hint of findClientNameHints(text)) {
      const key = clientNameHitKey(field, hint.kind, hint.match);
      if (cleared.has(key)) continue;
      hits.push({
        field,
        label,
        kind: hint.kind,
        match: hint.match,
        index: hint.index,
        snippet: snippetAround(text, hint.index, hint.match.length),
        key,
      });
    }
  }
  return hits;
}

/**
 * One Dutch line per hit, for the message that refuses publishing.
 *
 * @example describeClientNameHit(hit) // 'Samenvatting: kamernummer „kamer 12” in „…op kamer 12 wil…”'
 */
export function describeClientNameHit(hit: ClientNameFieldHit): string {
  return `${hit.label}: ${clientNameHintLabels[hit.kind]} „${hit.match}” in „${hit.snippet}”`;
}

/**
 * The Dutch message that refuses publishing while hits remain, listing each one.
 *
 * @example clientNameRefusalMessage([hit]) // 'Dit verslag noemt misschien een cliënt. …'
 */
export function clientNameRefusalMessage(hits: readonly ClientNameFieldHit[]): string {
  const lines = hits.map((hit) => `- ${describeClientNameHit(hit)}`).join('\n');
  return (
    'Dit verslag noemt misschien een cliënt. Pas deze tekst aan of markeer hem als ' +
    `„geen cliëntgegeven” voordat je publiceert:\n${lines}`
  );
}
