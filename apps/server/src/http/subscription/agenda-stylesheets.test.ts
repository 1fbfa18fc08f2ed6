import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agendaStylesheets, stylesheetsOf } from './agenda-stylesheets.js';

describe('the agenda stylesheets for the server’s own pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jamsessie-sheets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the built stylesheet links and only same-origin paths', () => {
    const html = `<head>
      <link rel="modulepreload" crossorigin href="/assets/vendor-tB7TM6Pu.js">
      <link rel="stylesheet" crossorigin href="/assets/index-GEDZyhD8.css">
      <link href="/assets/extra-1.css" rel="stylesheet">
      <link rel="stylesheet" href="https://cdn.example/x.css">
      <link rel="stylesheet" href="//cdn.example/y.css">
      <link rel="icon" href="/favicon.svg">
    </head>`;
    expect(stylesheetsOf(html)).toEqual(['/assets/index-GEDZyhD8.css', '/assets/extra-1.css']);
  });

  it('reads index.html again after a new build, and gives none without a build', async () => {
    const index = join(dir, 'index.html');
    const read = agendaStylesheets(index);
    expect(await read()).toEqual([]);
    writeFileSync(index, '<link rel="stylesheet" href="/assets/index-1.css">');
    utimesSync(index, new Date(1_000_000), new Date(1_000_000));
    expect(await read()).toEqual(['/assets/index-1.css']);
    writeFileSync(index, '<link rel="stylesheet" href="/assets/index-2.css">');
    utimesSync(index, new Date(2_000_000), new Date(2_000_000));
    expect(await read()).toEqual(['/assets/index-2.css']);
  });
});
