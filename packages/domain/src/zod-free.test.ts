// Reads the package's own sources, so it brings in Node's types (the sources have none).
/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = dirname(fileURLToPath(import.meta.url));

/**
 * The modules a browser's first view may need without the schema library: the constants,
 * Amsterdam time, the Dutch formatters and every label map. Apps import them from the same
 * barrel as the schemas; bundlers drop the schemas only if these modules never reach zod.
 */
const ZOD_FREE = [
  'shared/constants.ts',
  'shared/amsterdam.time.ts',
  'format/dutch.format.ts',
  'format/recurrence.format.ts',
  ...readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.labels.ts'))
    .map((path) => path.split('\\').join('/')),
];

/** Specifiers a module loads at run time: `import type` and `export type` are erased. */
function runtimeSpecifiers(source: string): string[] {
  const statements = source.match(/^(?:import|export)\b[^;]*?from\s+'[^']+';/gms) ?? [];
  const bare = source.match(/^import\s+'[^']+';/gm) ?? [];
  return [...statements.filter((s) => !/^(?:import|export)\s+type\b/.test(s)), ...bare].map(
    (s) => /'([^']+)';$/.exec(s)![1]!,
  );
}

/** Every package a module reaches at run time, following relative imports. */
function packagesReached(entry: string): Map<string, string> {
  const reached = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else reached.set(specifier, relative(srcDir, file));
    }
  };
  visit(join(srcDir, entry));
  return reached;
}

describe('modules for a small first view', () => {
  it('include every label map', () => {
    expect(ZOD_FREE.filter((path) => path.endsWith('.labels.ts')).length).toBeGreaterThanOrEqual(9);
  });

  it.each(ZOD_FREE)('%s reaches no package but luxon', (entry) => {
    expect([...packagesReached(entry).keys()].filter((name) => name !== 'luxon')).toEqual([]);
  });

  it('notices a schema module (the check can fail)', () => {
    expect(packagesReached('shared/primitives.schema.ts').get('zod')).toBe(
      'shared/primitives.schema.ts',
    );
  });
});
