/// <reference types="node" />
/**
 * What each entry point of @jamsessie/domain costs a browser: the whole entry point bundled
 * with its dependencies by esbuild (minified, tree-shaken, as a bundler would for a page that
 * imports everything from it), then gzipped with zlib's default level. Measured from the
 * TypeScript sources, which are the same module graph as the published `dist/` (tsc emits one
 * file per source file), so no build has to run first.
 *
 * Run: `npm run size -w @jamsessie/domain` (a Markdown table) or with `-- --json`.
 * The budgets below are held by `src/entry-size.integration.test.ts` in `npm test`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budgets in gzipped bytes, a little above today's figures so a real growth fails the test.
 * `format` is what a first view needs (Dutch dates): luxon is most of it. `shared` and
 * `format` must never pull in the holiday tables (date-holidays) or the calendar renderer
 * (ical-generator); the test checks that too.
 */
export const SIZE_BUDGETS: Readonly<Record<string, number>> = {
  '.': 410_000,
  shared: 126_000,
  format: 25_000,
  organisation: 125_000,
  taxonomy: 125_000,
  series: 380_000,
  session: 126_000,
  week: 126_000,
  people: 126_000,
  subscription: 125_000,
  dilemma: 126_000,
  protocol: 130_000,
  report: 127_000,
  calendar: 136_000,
};

/** npm packages an entry point must not bundle: the holiday tables and the calendar renderer. */
export const HEAVY_PACKAGES = ['date-holidays', 'ical-generator'] as const;

/** The entry points a first view may import: they must stay free of {@link HEAVY_PACKAGES}. */
export const LIGHT_ENTRIES = ['format', 'shared', 'session', 'protocol'] as const;

/** One entry point's cost. */
export interface EntrySize {
  /** '.' for the root, otherwise the subpath ('format', 'calendar', …). */
  readonly entry: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** The npm packages bundled with it, by name, sorted. */
  readonly packages: readonly string[];
}

/** The entry points of the package's `exports` map ('.' and the subpaths), in map order. */
export async function declaredEntries(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(`${packageDir}/package.json`, 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? '.' : key.slice(2)));
}

function packageOf(input: string): string | null {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1] ?? null;
}

/** Bundles one entry point as a browser page would get it and measures it. */
export async function measureEntry(entry: string): Promise<EntrySize> {
  const source = entry === '.' ? './src/index.ts' : `./src/${entry}/index.ts`;
  const result = await build({
    stdin: { contents: `export * from '${source}';`, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild wrote nothing for ${entry}`);
  const packages = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const name = packageOf(input);
    if (name) packages.add(name);
  }
  return {
    entry,
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    packages: [...packages].sort(),
  };
}

/** Every declared entry point, measured one after the other (the machine is small). */
export async function measureEntrySizes(): Promise<EntrySize[]> {
  const sizes: EntrySize[] = [];
  for (const entry of await declaredEntries()) sizes.push(await measureEntry(entry));
  return sizes;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The figures as the Markdown table the README and bench/ show. */
export function sizeTable(sizes: readonly EntrySize[]): string {
  const rows = sizes.map((size) => {
    const name = size.entry === '.' ? '`@jamsessie/domain`' : `\`/${size.entry}\``;
    const budget = SIZE_BUDGETS[size.entry];
    return `| ${name} | ${kB(size.minifiedBytes)} | ${kB(size.gzipBytes)} | ${
      budget === undefined ? '—' : kB(budget)
    } | ${size.packages.join(', ') || '—'} |`;
  });
  return [
    '| entry point | minified | gzipped | budget (gzipped) | npm packages bundled |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await measureEntrySizes();
  process.stdout.write(
    process.argv.includes('--json')
      ? `${JSON.stringify(sizes, null, 2)}\n`
      : `${sizeTable(sizes)}\n`,
  );
}
