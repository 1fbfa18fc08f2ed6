import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aMovement, anActionTeam, aSeries, aSession, aTheme } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { listAllMeetingLinks, readMeetingLinksVersion } from './meeting-links.repository.js';
import { insertMovement } from './movement.repository.js';
import { insertActionTeam } from './action-team.repository.js';
import { insertSeries } from './series.repository.js';
import { insertSession, updateSession } from './session.repository.js';
import { insertTheme } from './taxonomy.repository.js';

describe.each(databaseKindsUnderTest())('all meeting links on %s', (kind) => {
  let handle: DatabaseHandle;
  const movement = aMovement();
  const team = anActionTeam(movement.id);
  const series = aSeries(team.id, { meetingLink: 'https://zoom.example/j/111222333' });
  const withOwn = aSession('2025-03-03T12:00:00.000Z', {
    seriesId: series.id,
    meetingLink: 'https://zoom.example/j/444555666',
  });
  const plain = aSession('2025-04-07T11:00:00.000Z', { seriesId: series.id, meetingLink: null });

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await insertMovement(handle.db, movement);
    await insertActionTeam(handle.db, team);
    await insertSeries(handle.db, series);
    for (const s of [withOwn, plain]) await insertSession(handle.db, s);
  });
  afterAll(() => handle.close());

  it('lists every series and session link, without nulls', async () => {
    expect((await listAllMeetingLinks(handle.db)).sort()).toEqual([
      'https://zoom.example/j/111222333',
      'https://zoom.example/j/444555666',
    ]);
  });

  it('has a version that changes when a link changes, and not for other tables', async () => {
    const before = await readMeetingLinksVersion(handle.db);
    expect(before).toMatch(/^series:\d+\|session:\d+$/);
    await insertTheme(handle.db, aTheme());
    expect(await readMeetingLinksVersion(handle.db)).toBe(before);
    const changed = await updateSession(handle.db, {
      ...plain,
      meetingLink: 'https://zoom.example/j/777888999',
    });
    expect(changed.ok).toBe(true);
    expect(await readMeetingLinksVersion(handle.db)).not.toBe(before);
    expect(await listAllMeetingLinks(handle.db)).toContain('https://zoom.example/j/777888999');
  });
});
