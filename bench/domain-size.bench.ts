/**
 * The size of each entry point of @jamsessie/domain (minified + gzipped, bundled by esbuild
 * as a browser gets it), written to bench/DOMAIN-SIZE.md. The measuring and the budgets live
 * in the domain package (`packages/domain/tools/entry-sizes.ts`, held by its tests); this
 * file only records the figures beside the other benchmark results.
 *
 * Run alone: `npx tsx bench/domain-size.bench.ts` (from the repository root).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './lib/processes.js';

/** Measures every entry point through the domain package's own script; returns the table. */
export function measureDomainSizes(): string {
  return execFileSync('npm', ['run', '--silent', 'size', '-w', '@jamsessie/domain'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  }).trim();
}

/** Writes bench/DOMAIN-SIZE.md with the table and when and where it was measured. */
export function writeDomainSizes(benchDir: string): string {
  const table = measureDomainSizes();
  const text = [
    '# Size of the domain package per entry point',
    '',
    'Written by `npx tsx bench/domain-size.bench.ts` (also a stage of `npm run bench`); the',
    'latest run only. Each entry point is bundled whole (`export * from` it) by esbuild for the',
    'browser, minified and tree-shaken, then gzipped with zlib at its default level. Budgets',
    "are held by the domain package's tests (`src/entry-size.integration.test.ts`).",
    '',
    `- Date: ${new Date().toISOString()}; Node ${process.version}`,
    '',
    table,
    '',
  ].join('\n');
  writeFileSync(join(benchDir, 'DOMAIN-SIZE.md'), text);
  return table;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(writeDomainSizes(import.meta.dirname));
}
