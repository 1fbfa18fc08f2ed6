/**
 * The columns of a planning sheet, as coordinators name them. `datum`, `begintijd`,
 * `eindtijd` and `titel` are required; the rest may be left out or left empty.
 */
export const IMPORT_COLUMNS = [
  'datum',
  'begintijd',
  'eindtijd',
  'titel',
  'thema',
  'beschrijving',
  'locatie',
  'online',
] as const;
/** A column of the planning sheet. */
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
/** The columns every sheet must have. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'datum',
  'begintijd',
  'eindtijd',
  'titel',
];

/** One problem in the sheet: a row (as the spreadsheet numbers it) and a column, or the file. */
export type ImportProblem = { row: number | null; column: ImportColumn | null; message: string };

/** Reads the header: every required column present, no unknown (misspelled) column. */
export function readHeader(header: string[]): {
  columns: (ImportColumn | null)[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const names = header.map((name) => name.trim().toLowerCase());
  const columns = names.map((name) => {
    const known = IMPORT_COLUMNS.find((column) => column === name);
    if (!known && name !== '') {
      problems.push({
        row: 1,
        column: null,
        message: `Onbekende kolom "${name}". Bekende kolommen: ${IMPORT_COLUMNS.join(', ')}.`,
      });
    }
    return known ?? null;
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.includes(column)) {
      problems.push({ row: 1, column: null, message: `De kolom "${column}" ontbreekt.` });
    }
  }
  for (const column of IMPORT_COLUMNS) {
    if (columns.filter((c) => c === column).length > 1) {
      problems.push({
        row: 1,
        column: null,
        message: `De kolom "${column}" staat er twee keer in.`,
      });
    }
  }
  return { columns, problems };
}

/** Spreadsheets write 3-3-2025 or 03-03-2025; the domain reads 2025-03-03. */
export function isoDate(value: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (!dutch) return value;
  const [, day = '', month = '', year = ''] = dutch;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Dutch times are written 13.00 and often 9:30; the domain reads 13:00 and 09:30. */
export function isoTime(value: string): string {
  const time = /^(\d{1,2})[.:](\d{2})$/.exec(value);
  if (!time) return value;
  const [, hours = '', minutes = ''] = time;
  return `${hours.padStart(2, '0')}:${minutes}`;
}

/** ja/nee (and their spreadsheet spellings); empty means online unless a location is given. */
export function onlineValue(value: string, location: string): boolean | null {
  const word = value.trim().toLowerCase();
  if (word === '') return location.trim() === '';
  if (['ja', 'j', 'waar', 'true', '1'].includes(word)) return true;
  if (['nee', 'n', 'onwaar', 'false', '0'].includes(word)) return false;
  return null;
}

/**
 * A problem as one Dutch line for the terminal.
 *
 * @example problemLine({ row: 3, column: 'datum', message: 'Deze datum bestaat niet.' })
 * // 'Rij 3, kolom datum: Deze datum bestaat niet.'
 */
export function problemLine(problem: ImportProblem): string {
  const where = [
    problem.row === null ? null : `Rij ${problem.row}`,
    problem.column === null ? null : `kolom ${problem.column}`,
  ].filter((part) => part !== null);
  return where.length === 0 ? problem.message : `${where.join(', ')}: ${problem.message}`;
}
