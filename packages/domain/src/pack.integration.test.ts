// The domain's tsconfig has no Node types (its sources must not use Node); this one test
// drives npm and node, so it brings them in. The build (tsconfig.build.json, tests excluded)
// still type-checks the sources without them.
/// <reference types="node" />
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as another project gets it: built with tsc, packed with npm, installed from
 * the tarball into a project outside this repository, and imported by plain `node` (no tsx,
 * no `source` condition). This catches what workspace tests cannot: missing `dist` files,
 * an `exports` map that points nowhere, a runtime dependency left in devDependencies, an
 * import without `.js` that only the TypeScript toolchain forgives. publint and Are the Types
 * Wrong then check the same tarball the way the ecosystem checks a published package.
 */

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT = 120_000;

/** npm with the user's configuration, but never interactive and without update checks. */
function npm(args: string[], cwd: string) {
  return run('npm', args, {
    cwd,
    timeout: TIMEOUT,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
}

const consumer = `
import {
  TIME_ZONE,
  toInstant,
  planYear,
  renderCalendar,
  calendarUid,
  sessionToCalendarEvent,
  toPublicSession,
  createProtocol,
  protocolReducer,
  CalendarEvent,
} from '@jamsessie/domain';

const results = {};
results.zone = TIME_ZONE;
results.march = toInstant('2025-03-03', '13:00');
results.april = toInstant('2025-04-07', '13:00');

const series = {
  recurrence: { kind: 'monthly_nth_weekday', weekday: 1, nth: 1, startTime: '13:00', durationMinutes: 60 },
  themeRotation: [], exceptions: [], firstDate: '2026-01-01', lastDate: null,
};
const plan = planYear(series, 2026);
results.planned = plan.length;
results.easterMonday = plan.find((d) => d.date === '2026-04-06')?.flags.map((f) => f.name) ?? [];

const session = {
  id: '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f', slug: 'jamsessie-3-maart-2025', kind: 'jam_session',
  seriesId: null, programmeItemId: null, title: 'Jamsessie: Open deuren',
  description: 'Doe mee via https://zoom.us/j/98765432100', themeIds: [], movementIds: [],
  startsAt: results.march, endsAt: '2025-03-03T13:00:00.000Z', online: true, location: null,
  status: 'planned', cancellationReason: null, meetingLink: 'https://zoom.us/j/98765432100',
  sequence: 0, version: 1,
};
const event = sessionToCalendarEvent(toPublicSession(session, { seriesLink: null }), {
  baseUrl: 'https://jamsessie.radicalevernieuwing.nl', themeLabels: new Map(),
});
const ics = renderCalendar([event], { name: 'Jamsessies' });
results.uid = calendarUid(session.id);
results.dtstart = ics.split('\\r\\n').find((line) => line.startsWith('DTSTART;'));
results.hasVtimezone = ics.includes('BEGIN:VTIMEZONE') && ics.includes('BEGIN:DAYLIGHT');
results.leaksLink = ics.includes('zoom.us');
results.strict = CalendarEvent.safeParse({ ...event, meetingLink: 'https://zoom.us/j/1' }).success;

const created = createProtocol({ sessionId: session.id });
const state = protocolReducer(created.value, { type: 'next', at: results.march });
results.rejection = state.lastRejection?.code;

process.stdout.write(JSON.stringify(results));
`;

/**
 * Every entry point of the `exports` map, imported by plain node: each one loads, names
 * something, and names only what the root names (the very same values, so a consumer that
 * mixes `@jamsessie/domain` and `@jamsessie/domain/format` gets one copy of each).
 */
const entryPointsConsumer = `
import { readFile } from 'node:fs/promises';
import * as root from '@jamsessie/domain';

const manifest = JSON.parse(
  await readFile(new URL('./node_modules/@jamsessie/domain/package.json', import.meta.url), 'utf8'),
);
const areas = Object.keys(manifest.exports)
  .filter((key) => key !== '.' && key !== './package.json')
  .map((key) => key.slice(2));
const results = {};
const named = new Set();
for (const area of areas) {
  const entry = await import('@jamsessie/domain/' + area);
  const names = Object.keys(entry);
  names.forEach((name) => named.add(name));
  results[area] = {
    names: names.length,
    notInRoot: names.filter((name) => root[name] !== entry[name]),
  };
}
results.rootOnly = Object.keys(root).filter((name) => !named.has(name));
process.stdout.write(JSON.stringify(results));
`;

/** The package's own dev tool, run from its bin without touching the network. */
function tool(bin: string, args: string[]) {
  return run('npx', ['--no-install', bin, ...args], {
    cwd: packageDir,
    timeout: TIMEOUT,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
  });
}

/** The entry points the package declares, as subpaths ('calendar', 'format', …). */
async function declaredAreas(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((key) => key !== '.' && key !== './package.json')
    .map((key) => key.slice(2));
}

describe('the packed package, installed elsewhere', () => {
  let work = '';
  let project = '';
  let tarball = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'jamsessie-domain-pack-'));
    // No explicit build: `prepack` builds, as it does for `npm publish` (and `changeset publish`).
    await npm(['pack', '--pack-destination', work], packageDir);
    const packed = (await readdir(work)).find((name) => name.endsWith('.tgz'));
    if (!packed) throw new Error(`npm pack wrote no tarball into ${work}`);
    tarball = join(work, packed);

    project = join(work, 'consumer');
    await mkdir(project);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    const install = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
    try {
      // The dependencies are in the npm cache already; offline keeps the test fast and quiet.
      await npm(['--offline', ...install], project);
    } catch {
      await npm(install, project);
    }
    await writeFile(join(project, 'check.mjs'), consumer);
    await writeFile(join(project, 'entry-points.mjs'), entryPointsConsumer);
  }, TIMEOUT);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('is installed outside the repository, from the tarball', () => {
    expect(project.startsWith(fileURLToPath(new URL('../../..', import.meta.url)))).toBe(false);
    expect(tarball).toMatch(/jamsessie-domain-\d+\.\d+\.\d+\.tgz$/);
  });

  it('ships JavaScript, type declarations, README and CHANGELOG, not the sources or tests', async () => {
    const installed = join(project, 'node_modules', '@jamsessie', 'domain');
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/calendar/index.d.ts',
      'dist/calendar/calendar.render.d.ts',
      'dist/shared/amsterdam.time.d.ts',
      'README.md',
      'CHANGELOG.md',
    ]) {
      await expect(access(join(installed, file))).resolves.toBeUndefined();
    }
    await expect(access(join(installed, 'src'))).rejects.toThrow();
    const calendarFiles = await readdir(join(installed, 'dist', 'calendar'));
    expect(calendarFiles.filter((name) => name.includes('.test.'))).toEqual([]);
  });

  it(
    'works with plain node: time zones, planning, calendar and protocol',
    async () => {
      const { stdout } = await run(process.execPath, ['check.mjs'], {
        cwd: project,
        timeout: TIMEOUT,
        env: { ...process.env, TZ: 'America/New_York', NODE_OPTIONS: '' },
      });
      expect(JSON.parse(stdout)).toEqual({
        zone: 'Europe/Amsterdam',
        march: '2025-03-03T12:00:00.000Z',
        april: '2025-04-07T11:00:00.000Z',
        planned: 12,
        easterMonday: ['Tweede Paasdag'],
        uid: '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f@jamsessie.radicalevernieuwing.nl',
        dtstart: 'DTSTART;TZID=Europe/Amsterdam:20250303T130000',
        hasVtimezone: true,
        leaksLink: false,
        strict: false,
        rejection: 'PROTOCOL.NOT_STARTED',
      });
    },
    TIMEOUT,
  );

  it(
    'imports every entry point with plain node; each names a part of the root and nothing else',
    async () => {
      const areas = await declaredAreas();
      expect(areas).toEqual(
        expect.arrayContaining(['calendar', 'protocol', 'series', 'format', 'report', 'shared']),
      );
      const { stdout } = await run(process.execPath, ['entry-points.mjs'], {
        cwd: project,
        timeout: TIMEOUT,
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      const results = JSON.parse(stdout) as Record<string, unknown>;
      for (const area of areas) {
        const entry = results[area] as { names: number; notInRoot: string[] };
        expect(entry.names, area).toBeGreaterThan(0);
        expect(entry.notInRoot, area).toEqual([]);
      }
      // The entry points together cover the root: nothing is reachable only from the root.
      expect(results.rootOnly).toEqual([]);
    },
    TIMEOUT,
  );

  it('is the one publishable package of the repository: every other workspace is private', async () => {
    const repo = fileURLToPath(new URL('../../..', import.meta.url));
    const { stdout } = await npm(['query', '.workspace'], repo);
    const workspaces = JSON.parse(stdout) as { name: string; private?: boolean }[];
    expect(workspaces.length).toBeGreaterThan(5);
    const publishable = workspaces.filter((workspace) => workspace.private !== true);
    expect(publishable.map((workspace) => workspace.name)).toEqual(['@jamsessie/domain']);
  });

  it(
    'passes publint on the packed tarball (strict: warnings fail too)',
    async () => {
      const { stdout } = await tool('publint', ['run', tarball, '--strict']);
      expect(stdout).toContain('All good!');
    },
    TIMEOUT,
  );

  it(
    'passes Are the Types Wrong on the packed tarball, for ESM under Node16 and Bundler',
    async () => {
      // esm-only: the package is ESM only, so node10 and require() from CJS are out of scope.
      // No DefinitelyTyped look-ups: the package ships its own types, and the check stays offline.
      const { stdout } = await tool('attw', [
        tarball,
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--format',
        'json',
      ]);
      const { analysis } = JSON.parse(stdout) as {
        analysis: { entrypoints: Record<string, { resolutions: Record<string, unknown> }> };
      };
      const checked = Object.keys(analysis.entrypoints);
      for (const area of await declaredAreas()) expect(checked).toContain(`./${area}`);
      expect(checked).toContain('.');
      expect(Object.keys(analysis.entrypoints['.']?.resolutions ?? {})).toEqual(
        expect.arrayContaining(['node16-esm', 'bundler']),
      );
    },
    TIMEOUT,
  );
});
