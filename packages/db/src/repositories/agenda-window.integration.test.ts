import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aSession } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { AGENDA_COUNT_LIMIT, countAgenda, listAgenda } from './agenda.repository.js';
import { insertSession } from './session.repository.js';

const now = '2030-06-03T12:00:00.000Z';
const hours = (n: number) => new Date(Date.parse(now) + n * 3_600_000).toISOString();

// The agenda starts its index scan a day before now (sessions last at most a day): a session
// still running must be listed, and the database must refuse one that lasts longer.
describe.each(databaseKindsUnderTest())('the agenda window on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists a day-long session that started 23 hours ago and has not ended', async () => {
    const running = aSession(hours(-23), { endsAt: hours(1), title: 'Nog bezig' });
    const ended = aSession(hours(-30), { endsAt: hours(-29), title: 'Afgelopen' });
    await insertSession(handle.db, running);
    await insertSession(handle.db, ended);
    const upcoming = await listAgenda(handle.db, { now, direction: 'upcoming' }, { limit: 50 });
    const past = await listAgenda(handle.db, { now, direction: 'past' }, { limit: 50 });
    expect(upcoming.map((s) => s.id)).toContain(running.id);
    expect(upcoming.map((s) => s.id)).not.toContain(ended.id);
    expect(past.map((s) => s.id)).toContain(ended.id);
    expect(past.map((s) => s.id)).not.toContain(running.id);
  });

  it('refuses a session longer than a day', async () => {
    const tooLong = aSession(hours(10), { endsAt: hours(35) });
    await expect(insertSession(handle.db, tooLong)).rejects.toThrow(/session_length_check/);
  });

  it('counts up to the limit and no further', async () => {
    const many = Array.from({ length: AGENDA_COUNT_LIMIT + 5 }, (_, i) => aSession(hours(48 + i)));
    await handle.db.transaction().execute(async (tx) => {
      for (const session of many) await insertSession(tx, session);
    });
    expect(await countAgenda(handle.db, { now, direction: 'upcoming' })).toBe(AGENDA_COUNT_LIMIT);
  });
});
