// The two apps share code through packages/web (@jamsessie/web), not by copying it: no block of
// six or more identical lines may stand in both apps/admin/src and apps/agenda/src (issue #18).
// What is alike but for names and texts (a form's markup) is not a copy and does not count.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedBlocks, significantLines } from './shared-lines.js';

const apps = fileURLToPath(new URL('../../apps/', import.meta.url));

describe('the apps share no copied code', () => {
  it('no block of six or more identical lines stands in both apps', () => {
    expect(sharedBlocks(join(apps, 'admin/src'), join(apps, 'agenda/src'), { base: apps })).toEqual(
      [],
    );
  });
});

describe('sharedBlocks', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'shared-lines-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (path, text) => {
    mkdirSync(join(scratch, path, '..'), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };
  const copied = Array.from({ length: 7 }, (_, i) => `  const value${i} = compute(${i});`);

  it('finds a copied block, however it is indented and whatever stands around it', () => {
    write('a/one.ts', ['export function a() {', ...copied, '}'].join('\n'));
    write(
      'b/deep/two.tsx',
      [
        "import { x } from './x';",
        'export function b() {',
        '  // why',
        ...copied.map((l) => `  ${l}`),
        '}',
      ].join('\n'),
    );
    expect(sharedBlocks(join(scratch, 'a'), join(scratch, 'b'), { base: scratch })).toEqual([
      'a/one.ts:2-8 ~ b/deep/two.tsx:4-10',
    ]);
  });

  it('lets five shared lines pass', () => {
    write('c/one.ts', copied.slice(0, 5).join('\n'));
    write('d/two.ts', copied.slice(0, 5).join('\n'));
    expect(sharedBlocks(join(scratch, 'c'), join(scratch, 'd'))).toEqual([]);
  });

  it('passes over imports, comments and lines of bare punctuation', () => {
    const text = [
      'import {',
      '  a,',
      "} from 'a';",
      '/* a comment',
      '   over lines */',
      '// a line comment',
      '  });',
      'const kept = 1;',
    ].join('\n');
    expect(significantLines(text)).toEqual([{ line: 'const kept = 1;', number: 8 }]);
  });
});
