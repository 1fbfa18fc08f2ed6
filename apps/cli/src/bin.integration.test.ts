import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/jamsessie.js', import.meta.url));
const exec = promisify(execFile);

/** Runs the real bin with plain node, from a folder outside the repository. */
function jamsessie(args: string[], cwd: string, tz = 'America/New_York') {
  return exec(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, TZ: tz, NODE_OPTIONS: '' },
    timeout: 60_000,
  });
}

describe('bin/jamsessie.js (smoke)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jamsessie-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('plans a year from TypeScript sources without a build, in any local zone', async () => {
    const { stdout } = await jamsessie(['plan', '2026'], dir);
    expect(stdout).toContain('maandag 6 april 2026');
    expect(stdout).toContain('13.00–14.00 uur');
    expect(stdout).toContain('Tweede Paasdag (feestdag)');
  });

  it('writes an ICS file and exits 2 with Dutch usage errors', async () => {
    const out = join(dir, 'jamsessies-2025.ics');
    const { stderr } = await jamsessie(['ics', '2025', '--out', out], dir, 'Asia/Tokyo');
    expect(stderr).toContain('12 sessies geschreven naar');
    const ics = await readFile(out, 'utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20250303T130000');
    await expect(jamsessie(['plan', 'volgend-jaar'], dir)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Het jaar moet tussen 2000 en 2100 liggen') as unknown,
    });
  });

  it('imports a planning sheet from disk: both files written, or none and exit 3', async () => {
    const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
    await copyFile(join(fixtures, 'planning-goed.csv'), join(dir, 'voorjaar.csv'));
    await copyFile(join(fixtures, 'planning-fouten.csv'), join(dir, 'fouten.csv'));
    const { stderr } = await jamsessie(['import', 'voorjaar.csv'], dir, 'Pacific/Auckland');
    expect(stderr).toContain('4 sessies ingelezen uit voorjaar.csv');
    expect(await readFile(join(dir, 'voorjaar.ics'), 'utf8')).toContain(
      'DTSTART;TZID=Europe/Amsterdam:20250602T093000',
    );
    expect(await readFile(join(dir, 'voorjaar.txt'), 'utf8')).toContain(
      'maandag 3 maart 2025, 13.00–14.00 uur',
    );
    await expect(jamsessie(['import', 'fouten.csv'], dir)).rejects.toMatchObject({
      code: 3,
      stderr: expect.stringContaining('Rij 3, kolom datum: Deze datum bestaat niet.') as unknown,
    });
    expect((await readdir(dir)).filter((name) => name.startsWith('fouten.'))).toEqual([
      'fouten.csv',
    ]);
  });
});
