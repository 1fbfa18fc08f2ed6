import { basename, extname, join, dirname } from 'node:path';
import { HttpsUrl } from '@jamsessie/domain/shared';

/** What `jamsessie import` is asked to do: read one sheet, write a calendar and a schedule. */
export type ImportCommand = {
  kind: 'import';
  /** The planning sheet (CSV). */
  file: string;
  /** The calendar file to write (default: beside the sheet, `.ics`). */
  out: string;
  /** The Dutch schedule text to write (default: beside the sheet, `.txt`). */
  text: string;
  site: string;
  /** The calendar's name and the schedule's heading (default: the sheet's file name). */
  name: string;
};

/** The options parseArgs found, as far as `import` looks at them. */
type ImportValues = Readonly<Record<string, string | boolean | undefined>>;

const PLAN_ONLY = ['weekday', 'nth', 'time', 'duration', 'themes', 'title'] as const;

/**
 * Reads `jamsessie import <bestand.csv> [--out f.ics] [--text f.txt] [--site url] [--name n]`.
 * Never throws: a problem comes back as a Dutch usage message.
 *
 * @example parseImport({}, ['planning.csv'], 'https://jamsessie.radicalevernieuwing.nl')
 * // { kind: 'import', file: 'planning.csv', out: 'planning.ics', text: 'planning.txt', … }
 */
export function parseImport(
  values: ImportValues,
  positionals: readonly string[],
  defaultSite: string,
): ImportCommand | { kind: 'usage-error'; message: string } {
  const usage = (message: string) => ({ kind: 'usage-error' as const, message });
  const [file, ...rest] = positionals;
  if (file === undefined || file === '') {
    return usage('Geef een CSV-bestand op, bijvoorbeeld: jamsessie import planning.csv');
  }
  if (rest.length > 0) return usage(`Onverwacht argument: ${rest.join(' ')}`);
  for (const key of PLAN_ONLY) {
    if (values[key] !== undefined) return usage(`--${key} hoort bij plan en ics, niet bij import.`);
  }
  const site = typeof values.site === 'string' ? values.site : defaultSite;
  if (!HttpsUrl.safeParse(site).success) {
    return usage(`--site moet een https-adres zijn, zoals ${defaultSite} (gekregen: ${site}).`);
  }
  for (const key of ['out', 'text'] as const) {
    if (values[key] === '') return usage(`--${key} heeft een bestandsnaam nodig.`);
  }
  const stem = join(dirname(file), basename(file, extname(file)));
  const out = typeof values.out === 'string' ? values.out : `${stem}.ics`;
  const text = typeof values.text === 'string' ? values.text : `${stem}.txt`;
  if (out === file || text === file || out === text) {
    return usage(
      'Het CSV-bestand, het agendabestand en de tekst moeten verschillende bestanden zijn.',
    );
  }
  const name =
    (typeof values.name === 'string' ? values.name.trim() : '') || basename(file, extname(file));
  return { kind: 'import', file, out, text, site, name };
}
