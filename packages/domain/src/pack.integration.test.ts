// The domain's tsconfig has no Node types (its sources must not use Node); this one test
// drives npm and node, so it brings them in. The build (tsconfig.build.json, tests excluded)
// still type-checks the sources without them.
/// <reference types="node" />
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
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
 * import without `.js` that only the TypeScript toolchain forgives.
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

describe('the packed package, installed elsewhere', () => {
  let work = '';
  let project = '';
  let tarball = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'jamsessie-domain-pack-'));
    await npm(['run', 'build'], packageDir);
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
  }, TIMEOUT);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('is installed outside the repository, from the tarball', () => {
    expect(project.startsWith(fileURLToPath(new URL('../../..', import.meta.url)))).toBe(false);
    expect(tarball).toMatch(/jamsessie-domain-\d+\.\d+\.\d+\.tgz$/);
  });

  it('ships JavaScript, type declarations and the README, not the sources or tests', async () => {
    const installed = join(project, 'node_modules', '@jamsessie', 'domain');
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/calendar/index.d.ts',
      'dist/calendar/calendar.render.d.ts',
      'dist/shared/amsterdam.time.d.ts',
      'README.md',
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
});
