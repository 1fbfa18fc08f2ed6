/** Why a passage may point to a client. */
export type ClientNameHintKind = 'title_and_name' | 'room_number' | 'initials';

/** One passage that may name or identify a client. */
export type ClientNameHint = {
  kind: ClientNameHintKind;
  /** The passage as found in the text. */
  match: string;
  /** Its position in the text (UTF-16 index). */
  index: number;
};

/** The outcome of {@link mayNameClient}: a hint for the writer, never a refusal. */
export type ClientNameCheck = {
  flagged: boolean;
  hints: ClientNameHint[];
  /** A friendly Dutch warning to show next to the field, or null. */
  message: string | null;
};

const UPPER = 'A-ZÀ-ÖØ-Þ';
// Dutch surname prefixes ("van Dijk", "De Vries"), then a capitalised word or an initial.
const PREFIX = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Oo]p|[Ii]n ['’]t)";
const NAME = `(?:${PREFIX}\\s+)*[${UPPER}][\\p{L}'’-]*\\.?`;
// Case-insensitive on the first letter only: the name after the title must start upper-case.
const TITLES =
  '(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\\.?|[Mm][Ww]\\.?|[Mm]vr\\.?|[Dd]hr\\.?|[Dd]e [Hh]eer)';
const CARE_WORDS = '(?:[Cc]liënt|[Cc]lient|[Bb]ewoner|[Bb]ewoonster|[Pp]atiënt|[Pp]atient)';

const patterns: ReadonlyArray<{ kind: ClientNameHintKind; re: RegExp }> = [
  // "mevrouw X", "meneer Jansen", "dhr. De Vries", "mw. van Dijk"; lowercase words after the
  // title ("een meneer die buiten loopt") are ordinary Dutch and not flagged.
  { kind: 'title_and_name', re: new RegExp(`(?<![\\p{L}])${TITLES}\\s*${NAME}`, 'gu') },
  // "kamer 12", "kamernummer 4b", "appartement 3"
  {
    kind: 'room_number',
    re: /(?<![\p{L}])(?:kamer(?:nummer|nr\.?)?|appartement|app\.)\s*(?:nr\.?\s*)?\d+[a-z]?\b/giu,
  },
  // "bewoner K.", "cliënt J.B."
  {
    kind: 'initials',
    re: new RegExp(`(?<![\\p{L}])${CARE_WORDS}\\s+[${UPPER}]\\.(?:\\s?[${UPPER}]\\.)*`, 'gu'),
  },
];

/**
 * A heuristic warning that a dilemma or note may name a client ("mevrouw X", "meneer Jansen",
 * "dhr.", "mw.", "bewoner K.", room numbers). Dilemmas come from care practice, and reports
 * must never identify clients, so the form shows this as a hint; it never refuses the text.
 *
 * @example mayNameClient('Meneer Jansen op kamer 12 wil graag naar buiten.')
 * // { flagged: true, hints: [{ kind: 'title_and_name', match: 'Meneer Jansen', index: 0 }, …], message: '…' }
 * @example mayNameClient('Een meneer die buiten loopt, steeds hetzelfde rondje.').flagged // false
 */
export function mayNameClient(text: string): ClientNameCheck {
  const hints: ClientNameHint[] = [];
  for (const { kind, re } of patterns) {
    for (const m of text.matchAll(re)) {
      hints.push({ kind, match: m[0].trim(), index: m.index });
    }
  }
  hints.sort((a, b) => a.index - b.index);
  if (hints.length === 0) return { flagged: false, hints, message: null };
  const found = hints.map((h) => `„${h.match}”`).join(', ');
  return {
    flagged: true,
    hints,
    message: `Noemt je tekst misschien een cliënt (${found})? Laat namen, initialen en kamernummers weg, zodat niemand herkenbaar is.`,
  };
}
