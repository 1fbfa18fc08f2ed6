import { parse } from 'csv-parse/sync';
import {
  LocalDate,
  LocalTime,
  dutchErrorMap,
  formatZodIssues,
  slugify,
  toInstant,
} from '@jamsessie/domain/shared';
import { Session, checkSessionTimes, sessionSlug } from '@jamsessie/domain/session';
import { Theme } from '@jamsessie/domain/taxonomy';
import { stableId } from './cli.plan.js';
import {
  isoDate,
  isoTime,
  onlineValue,
  readHeader,
  type ImportColumn,
  type ImportProblem,
} from './import.columns.js';

/** The sheet's sessions, all valid, in the order of the sheet, with the themes they name. */
export type ImportedPlanning = { sessions: Session[]; themes: Theme[] };

type Parsed<T> = { success: true; data: T } | { success: false; error: ZodErrorLike };
type ZodErrorLike = Parameters<typeof formatZodIssues>[0];

/** Where a field of the domain's Session comes from in the sheet. */
const columnOfField: Readonly<Record<string, ImportColumn>> = {
  title: 'titel',
  description: 'beschrijving',
  location: 'locatie',
  online: 'online',
  startsAt: 'begintijd',
  endsAt: 'eindtijd',
  slug: 'datum',
};

/** The row number a spreadsheet shows: csv-parse counts the record's last line. */
function rowNumber(record: string[], lines: number): number {
  return lines - record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
}

/** A row whose cells each passed their domain schema, before it becomes a Session. */
type RowDraft = {
  date: string;
  start: string;
  title: string;
  description: string;
  location: string | null;
  themeLabel: string | null;
  online: boolean;
  startsAt: string;
  endsAt: string;
};

/** Reads one row's cells, each with its own domain schema, then the session's times. */
function readRow(
  cell: (column: ImportColumn) => string,
  row: number,
): { ok: true; draft: RowDraft } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  function read<T>(column: ImportColumn, parsed: Parsed<T>): T | undefined {
    if (parsed.success) return parsed.data;
    const [issue] = formatZodIssues(parsed.error);
    problems.push({ row, column, message: issue?.message ?? 'Deze waarde klopt niet.' });
    return undefined;
  }
  const options = { error: dutchErrorMap };
  const date = read('datum', LocalDate.safeParse(isoDate(cell('datum')), options));
  const start = read('begintijd', LocalTime.safeParse(isoTime(cell('begintijd')), options));
  const end = read('eindtijd', LocalTime.safeParse(isoTime(cell('eindtijd')), options));
  const title = read('titel', Session.shape.title.safeParse(cell('titel'), options));
  const description = read(
    'beschrijving',
    Session.shape.description.safeParse(cell('beschrijving'), options),
  );
  const location = read('locatie', Session.shape.location.safeParse(cell('locatie'), options));
  const themeLabel =
    cell('thema') === ''
      ? null
      : read('thema', Theme.shape.label.safeParse(cell('thema'), options));
  const online = onlineValue(cell('online'), cell('locatie'));
  if (online === null) problems.push({ row, column: 'online', message: 'Vul ja of nee in.' });
  if (
    date === undefined ||
    start === undefined ||
    end === undefined ||
    title === undefined ||
    description === undefined ||
    location === undefined ||
    themeLabel === undefined ||
    online === null
  ) {
    return { ok: false, problems };
  }
  const times = checkSessionTimes({
    startsAt: toInstant(date, start),
    endsAt: toInstant(date, end),
  });
  if (!times.ok) {
    return { ok: false, problems: [{ row, column: 'eindtijd', message: times.error.message }] };
  }
  return {
    ok: true,
    draft: {
      date,
      start,
      title,
      description,
      location: location === '' ? null : location,
      themeLabel,
      online,
      ...times.value,
    },
  };
}

/** The session a valid row describes, checked as a whole by the domain's Session schema. */
function toSession(draft: RowDraft, slug: string, theme: Theme | null) {
  return Session.safeParse(
    {
      id: stableId(draft.title, `${draft.date.replaceAll('-', '')}${draft.start.replace(':', '')}`),
      slug,
      kind: 'jam_session',
      seriesId: null,
      programmeItemId: null,
      title: draft.title,
      description: draft.description,
      themeIds: theme ? [theme.id] : [],
      movementIds: [],
      startsAt: draft.startsAt,
      endsAt: draft.endsAt,
      online: draft.online,
      location: draft.location,
      status: 'planned',
      cancellationReason: null,
      meetingLink: null,
      sequence: 0,
      version: 1,
    },
    { error: dutchErrorMap },
  );
}

/** A theme per label, with an id that is the same on every run. */
function themeFor(label: string): Theme {
  return {
    id: stableId(`thema ${label}`, '0'),
    slug: slugify(label) || 'thema',
    label,
    version: 1,
  };
}

/**
 * Reads a planning sheet (CSV with a header row; comma or semicolon, as Dutch spreadsheets
 * write it) and validates every row with the domain's schemas: the dates and times, the
 * session's texts, the theme's label, the session's times and finally the whole `Session`.
 * Either every row is valid and all sessions come back, or nothing does and every problem
 * is named by row and column, in Dutch.
 *
 * @example readPlanning('datum,begintijd,eindtijd,titel\n2025-03-03,13:00,14:00,Open deuren\n')
 * // { ok: true, planning: { sessions: [ … one session … ], themes: [] } }
 */
export function readPlanning(
  csv: string,
): { ok: true; planning: ImportedPlanning } | { ok: false; problems: ImportProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      delimiter: [',', ';'],
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line ? `rond regel ${line}` : 'ergens';
    return {
      ok: false,
      problems: [
        {
          row: null,
          column: null,
          message: `Het bestand is geen geldige CSV (${where}): controleer de aanhalingstekens.`,
        },
      ],
    };
  }
  const [head, ...rows] = records;
  if (!head)
    return { ok: false, problems: [{ row: null, column: null, message: 'Het bestand is leeg.' }] };
  const { columns, problems } = readHeader(head.record);
  if (problems.length > 0) return { ok: false, problems };

  const sessions: Session[] = [];
  const themes = new Map<string, Theme>();
  const firstRowOf = new Map<string, number>();
  const slugs = new Set<string>();
  for (const { record, info } of rows) {
    if (record.every((cell) => cell.trim() === '')) continue; // an empty spreadsheet row
    const row = rowNumber(record, info.lines);
    if (record.length > columns.length) {
      problems.push({
        row,
        column: null,
        message: `Deze rij heeft ${record.length} cellen, de kopregel ${columns.length} kolommen.`,
      });
      continue;
    }
    const read = readRow((column) => (record[columns.indexOf(column)] ?? '').trim(), row);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { draft } = read;
    const key = `${draft.title}\u0000${draft.startsAt}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      const message = `Dezelfde sessie (titel, datum en begintijd) staat al in rij ${earlier}.`;
      problems.push({ row, column: null, message });
      continue;
    }
    firstRowOf.set(key, row);
    const theme =
      draft.themeLabel === null
        ? null
        : (themes.get(draft.themeLabel) ?? themeFor(draft.themeLabel));
    if (theme) themes.set(theme.label, theme);
    const baseSlug = sessionSlug('Jamsessie', draft.startsAt);
    let slug = baseSlug;
    for (let n = 2; slugs.has(slug); n++) slug = `${baseSlug}-${n}`;
    slugs.add(slug);
    const session = toSession(draft, slug, theme);
    if (!session.success) {
      for (const { path, message } of formatZodIssues(session.error)) {
        problems.push({ row, column: columnOfField[path] ?? null, message });
      }
      continue;
    }
    sessions.push(session.data);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (sessions.length === 0) {
    return {
      ok: false,
      problems: [
        {
          row: null,
          column: null,
          message: 'Het bestand bevat geen sessies, alleen een kopregel.',
        },
      ],
    };
  }
  return { ok: true, planning: { sessions, themes: [...themes.values()] } };
}
