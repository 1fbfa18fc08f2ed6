/** Why a passage may point to a client. */
export type ClientNameHintKind =
  | 'title_and_name'
  | 'room_number'
  | 'bed_number'
  | 'initials'
  | 'date_of_birth'
  | 'address'
  | 'postcode'
  | 'bsn';

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

/**
 * What each kind of hint is called in Dutch, for lists of hits ("naam met aanspreekvorm").
 *
 * @example clientNameHintLabels.room_number // 'kamernummer'
 */
export const clientNameHintLabels: Readonly<Record<ClientNameHintKind, string>> = {
  title_and_name: 'naam met aanspreekvorm',
  room_number: 'kamernummer',
  bed_number: 'bednummer',
  initials: 'initialen',
  date_of_birth: 'geboortedatum',
  address: 'adres',
  postcode: 'postcode',
  bsn: 'BSN-nummer',
};

const UPPER = 'A-ZÀ-ÖØ-Þ';
// Dutch surname prefixes ("van Dijk", "De Vries"), then a capitalised word or an initial.
const PREFIX = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Oo]p|[Ii]n ['’]t)";
const NAME = `(?:${PREFIX}\\s+)*[${UPPER}][\\p{L}'’-]*\\.?`;
// Case-insensitive on the first letter only: the name after the title must start upper-case.
const TITLES =
  '(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\\.?|[Mm][Ww]\\.?|[Mm]vr\\.?|[Dd]hr\\.?|[Dd]e [Hh]eer|' +
  '[Mm]ejuffrouw|[Mm]ej\\.?|[Ff]amilie|[Ff]am\\.?|[Oo]pa|[Oo]ma)';
const CARE_WORDS = '(?:[Cc]liënt|[Cc]lient|[Bb]ewoner|[Bb]ewoonster|[Pp]atiënt|[Pp]atient)';
const MONTHS =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
const DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{1,2}\\s+${MONTHS}\\s+\\d{4})`;
// Street names end in one of these parts: "Dorpsstraat 12", "Kerkweg 3a", "Stationsplein 1".
const STREET_PARTS =
  '(?:straat|laan|weg|plein|singel|gracht|kade|dijk|dreef|hof|steeg|pad|park|ring|baan|' +
  'markt|veld|wal|erf|haven|plantsoen|akker|hoek|allee|boulevard|dwarsstraat|pleintje|kwartier)';

const patterns: ReadonlyArray<{ kind: ClientNameHintKind; re: RegExp }> = [
  // "mevrouw X", "meneer Jansen", "dhr. De Vries", "mw. van Dijk", "familie Bakker"; lowercase
  // words after the title ("een meneer die buiten loopt") are ordinary Dutch and not flagged.
  { kind: 'title_and_name', re: new RegExp(`(?<![\\p{L}])${TITLES}\\s*${NAME}`, 'gu') },
  // "kamer 12", "kamernummer 4b", "appartement 3"
  {
    kind: 'room_number',
    re: /(?<![\p{L}])(?:kamer(?:nummer|nr\.?)?|appartement|app\.)\s*(?:nr\.?\s*)?\d+[a-z]?\b/giu,
  },
  // "bed 3", "bednummer 2"
  { kind: 'bed_number', re: /(?<![\p{L}])bed(?:nummer|nr\.?)?\s*(?:nr\.?\s*)?\d+[a-z]?\b/giu },
  // "bewoner K.", "cliënt J.B."
  {
    kind: 'initials',
    re: new RegExp(`(?<![\\p{L}])${CARE_WORDS}\\s+[${UPPER}]\\.(?:\\s?[${UPPER}]\\.)*`, 'gu'),
  },
  // "geboren 12-03-1941", "geb. 3 maart 1938", "geboortedatum: 1/2/40"
  {
    kind: 'date_of_birth',
    re: new RegExp(
      `(?<![\\p{L}])(?:geboren(?:\\s+op)?|geb\\.|geboortedatum|geboortedag|gebdat\\.?)\\s*:?\\s*${DATE}`,
      'giu',
    ),
  },
  // A full date in the twentieth century ("12-03-1941"): in a care dilemma that is a birth date.
  { kind: 'date_of_birth', re: /(?<![\d\p{L}])\d{1,2}[-/.]\d{1,2}[-/.]19\d{2}(?!\d)/gu },
  // "Dorpsstraat 12", "Van Goghlaan 3a", "Kerkweg 14-2"
  {
    kind: 'address',
    re: new RegExp(
      `(?<![\\p{L}])[${UPPER}][\\p{L}'’-]*${STREET_PARTS}\\s+\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}])|-\\d{1,3})?(?!\\d)`,
      'gu',
    ),
  },
  // Dutch postcodes: four digits (not starting with 0), two capitals (never SA, SD or SS).
  { kind: 'postcode', re: /(?<![\d\p{L}])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/gu },
  // Nine digits, also written 1234.56.782 or 123 456 782; kept only when they pass the 11-proef.
  {
    kind: 'bsn',
    re: /(?<![\d\p{L}])\d{4}[.\s]?\d{2}[.\s]?\d{3}(?![\d\p{L}])|(?<![\d\p{L}])\d{3}[.\s]\d{3}[.\s]\d{3}(?![\d\p{L}])/gu,
  },
];

/**
 * Whether nine digits pass the Dutch "11-proef" for a burgerservicenummer: 9·d1 + 8·d2 + … +
 * 2·d8 − 1·d9 is a multiple of 11 (and not zero).
 *
 * @example passesElevenTest('111222333') // true
 * @example passesElevenTest('123456789') // false
 */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

function keep(kind: ClientNameHintKind, match: string): boolean {
  if (kind !== 'bsn') return true;
  return passesElevenTest(match.replace(/\D/g, ''));
}

// The same passage can be found by two patterns (a birth date after "geboren"): keep the first
// and longest, so each passage is listed once.
function withoutOverlaps(hints: ClientNameHint[]): ClientNameHint[] {
  const sorted = [...hints].sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const kept: ClientNameHint[] = [];
  for (const hint of sorted) {
    const last = kept[kept.length - 1];
    if (last && hint.index < last.index + last.match.length) continue;
    kept.push(hint);
  }
  return kept;
}

/**
 * Every passage in a text that may name or identify a client, in order of position.
 *
 * @example findClientNameHints('Mevrouw De Vries op kamer 12')
 * // [{ kind: 'title_and_name', match: 'Mevrouw De Vries', index: 0 },
 * //  { kind: 'room_number', match: 'kamer 12', index: 20 }]
 */
export function findClientNameHints(text: string): ClientNameHint[] {
  const hints: ClientNameHint[] = [];
  for (const { kind, re } of patterns) {
    for (const m of text.matchAll(re)) {
      const match = m[0].trim();
      if (keep(kind, match)) hints.push({ kind, match, index: m.index });
    }
  }
  return withoutOverlaps(hints);
}

/**
 * A heuristic warning that a dilemma or note may name a client ("mevrouw X", "meneer Jansen",
 * "dhr.", "mw.", "familie Bakker", "bewoner K.", room and bed numbers, birth dates, addresses,
 * postcodes, BSN-like numbers). Dilemmas come from care practice, and reports must never
 * identify clients, so the form shows this as a hint; it never refuses the text. `reader`
 * says to whom the message speaks: the one who wrote the text, or a coordinator reading it.
 *
 * @example mayNameClient('Meneer Jansen op kamer 12 wil graag naar buiten.')
 * // { flagged: true, hints: [{ kind: 'title_and_name', match: 'Meneer Jansen', index: 0 }, …], message: '…' }
 * @example mayNameClient('Een meneer die buiten loopt, steeds hetzelfde rondje.').flagged // false
 */
export function mayNameClient(
  text: string,
  reader: 'writer' | 'coordinator' = 'writer',
): ClientNameCheck {
  const hints = findClientNameHints(text);
  if (hints.length === 0) return { flagged: false, hints, message: null };
  const found = hints.map((h) => `„${h.match}”`).join(', ');
  const what = 'namen, initialen, kamer- en bednummers, geboortedata, adressen en BSN-nummers';
  return {
    flagged: true,
    hints,
    // The one who wrote it is asked about their own text; a coordinator reads someone else's.
    message:
      reader === 'writer'
        ? `Noemt je tekst misschien een cliënt (${found})? Laat ${what} weg, zodat niemand herkenbaar is.`
        : `Deze tekst noemt misschien een cliënt (${found}). Haal ${what} weg voordat de tekst gedeeld wordt, zodat niemand herkenbaar is.`,
  };
}
