import { parseArgs } from 'node:util';
import {
  HttpsUrl,
  Recurrence,
  dutchErrorMap,
  formatZodIssues,
  weekdayLabels,
  type Recurrence as RecurrenceType,
} from '@jamsessie/domain';
import { parseImport, type ImportCommand } from './import.args.js';

/** The planning options shared by `plan` and `ics`. */
export type PlanOptions = {
  year: number;
  recurrence: RecurrenceType;
  /** Theme labels, cycled session by session. */
  themes: string[];
  /** The series title, used for session titles without a theme and the calendar name. */
  title: string;
};

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'plan'; plan: PlanOptions }
  | { kind: 'ics'; plan: PlanOptions; out: string | null; site: string; name: string | null }
  | ImportCommand;

/** A usage problem: a Dutch message for the terminal. */
export type UsageError = { kind: 'usage-error'; message: string };

const options = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  weekday: { type: 'string' },
  nth: { type: 'string' },
  time: { type: 'string' },
  duration: { type: 'string' },
  themes: { type: 'string' },
  title: { type: 'string' },
  out: { type: 'string', short: 'o' },
  site: { type: 'string' },
  name: { type: 'string' },
  text: { type: 'string' },
} as const;

/** Defaults follow the 2025 series: first Monday of the month, 13.00, one hour. */
const DEFAULTS = { weekday: '1', nth: '1', time: '13:00', duration: '60', title: 'Jamsessies' };
const DEFAULT_SITE = 'https://jamsessie.radicalevernieuwing.nl';
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const nthWords: Readonly<Record<string, number>> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  laatste: -1,
};

/**
 * `--nth -1` looks like an option to parseArgs; join a negative number to its option so
 * the natural spelling works (as well as `--nth=-1` and `--nth laatste`).
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (/^--[a-z]+$/.test(arg) && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function weekdayNumber(value: string): number {
  const byName = Object.entries(weekdayLabels).find(([, label]) => label === value.toLowerCase());
  return byName ? Number(byName[0]) : Number(value);
}

function nthNumber(value: string): number {
  return nthWords[value.toLowerCase()] ?? Number(value);
}

function parseYear(value: string | undefined): number | UsageError {
  if (value === undefined) return usage('Geef een jaar op, bijvoorbeeld: jamsessie plan 2026');
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) {
    return usage(`Het jaar moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen (gekregen: ${value}).`);
  }
  return year;
}

function usage(message: string): UsageError {
  return { kind: 'usage-error', message };
}

/** node:util's parse errors in Dutch; the option name is quoted in its English message. */
function parseArgsMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  const option = (/'(-[^']+)'/.exec(message)?.[1] ?? '').replace(/ <value>$/, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie: ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take')
        ? `De optie ${option} neemt geen waarde.`
        : `De optie ${option} heeft een waarde nodig.`;
    default:
      return 'De opties kloppen niet.';
  }
}

const fieldNames: Readonly<Record<string, string>> = {
  weekday: '--weekday',
  nth: '--nth',
  startTime: '--time',
  durationMinutes: '--duration',
};

/**
 * Reads the command line. Never throws: a problem comes back as a Dutch usage message.
 *
 * @example parseCommand(['plan', '2026', '--nth', 'laatste']) // { kind: 'plan', plan: { year: 2026, recurrence: { …, nth: -1 } … } }
 */
export function parseCommand(argv: readonly string[]): Command | UsageError {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usage(parseArgsMessage(error));
  }
  const { values, positionals } = parsed;
  const [command, yearText, ...rest] = positionals;
  if (values.help || command === 'help') return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (command === undefined) return { kind: 'help' };
  if (command === 'import') return parseImport(values, positionals.slice(1), DEFAULT_SITE);
  if (command !== 'plan' && command !== 'ics') {
    return usage(
      `Onbekend commando "${command}". Kies plan, ics of import (zie jamsessie --help).`,
    );
  }
  if (values.text !== undefined) return usage('--text hoort bij jamsessie import.');
  if (rest.length > 0) return usage(`Onverwacht argument: ${rest.join(' ')}`);
  if (command === 'plan') {
    for (const key of ['out', 'site', 'name'] as const) {
      if (values[key] !== undefined)
        return usage(`--${key} hoort bij jamsessie ics, niet bij plan.`);
    }
  }

  const year = parseYear(yearText);
  if (typeof year !== 'number') return year;

  const recurrence = Recurrence.safeParse(
    {
      kind: 'monthly_nth_weekday',
      weekday: weekdayNumber(values.weekday ?? DEFAULTS.weekday),
      nth: nthNumber(values.nth ?? DEFAULTS.nth),
      startTime: values.time ?? DEFAULTS.time,
      durationMinutes: Number(values.duration ?? DEFAULTS.duration),
    },
    { error: dutchErrorMap },
  );
  if (!recurrence.success) {
    const lines = formatZodIssues(recurrence.error).map(
      ({ path, message }) => `${fieldNames[path] ?? path}: ${message}`,
    );
    return usage(lines.join('\n'));
  }

  const themes = (values.themes ?? '')
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');
  if (themes.length > 12) return usage('Gebruik hoogstens 12 thema’s in --themes.');
  const title = values.title?.trim() || DEFAULTS.title;
  const plan: PlanOptions = { year, recurrence: recurrence.data, themes, title };
  if (command === 'plan') return { kind: 'plan', plan };
  const site = values.site ?? DEFAULT_SITE;
  if (!HttpsUrl.safeParse(site).success) {
    return usage(`--site moet een https-adres zijn, zoals ${DEFAULT_SITE} (gekregen: ${site}).`);
  }
  if (values.out === '') return usage('--out heeft een bestandsnaam nodig.');
  return { kind: 'ics', plan, out: values.out ?? null, site, name: values.name?.trim() || null };
}
