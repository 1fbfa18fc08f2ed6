import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { insertSession } from '../repositories/session.repository.js';
import { aSession } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { down, up } from './2026_12_07_140000_protocol_drafts_and_reactions.js';

const note = (id: string, text: string) => ({ id, dilemmaId: id, step: 2, kind: 'tip', text });

describe.each(databaseKindsUnderTest())('the drafts-and-reactions migration on %s', (kind) => {
  let handle: DatabaseHandle;
  const session = aSession('2025-03-03T12:00:00.000Z');
  const runId = randomUUID();

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await insertSession(handle.db, session);
  });
  afterAll(() => handle.close());

  async function storeState(state: object) {
    await sql`insert into protocol_run (id, session_id, state)
      values (${runId}, ${session.id}, ${JSON.stringify(state)}::jsonb)
      on conflict (id) do update set state = excluded.state`.execute(handle.db);
  }
  async function storedState(): Promise<Record<string, unknown>> {
    const { rows } = await sql<{
      state: Record<string, unknown>;
    }>`select state from protocol_run where id = ${runId}`.execute(handle.db);
    return rows[0]!.state;
  }

  it('gives a run stored before drafts existed empty drafts and reactions, keeping the rest', async () => {
    await storeState({ phase: 'running', notes: [], viewToken: 'x'.repeat(43) });
    await up(handle.db as Kysely<unknown>);
    expect(await storedState()).toEqual({
      phase: 'running',
      notes: [],
      viewToken: 'x'.repeat(43),
      drafts: [],
      reactions: [],
    });
  });

  it('leaves existing drafts and reactions alone', async () => {
    const draft = note(randomUUID(), 'Open, ten');
    const state = { phase: 'running', notes: [], drafts: [draft], reactions: [] };
    await storeState(state);
    await up(handle.db as Kysely<unknown>);
    expect(await storedState()).toEqual(state);
  });

  it('going back keeps unsent text as notes', async () => {
    const kept = note(randomUUID(), 'Al toegevoegd');
    const draft = note(randomUUID(), 'Open, ten');
    await storeState({ phase: 'running', notes: [kept], drafts: [draft], reactions: [] });
    await down(handle.db as Kysely<unknown>);
    expect(await storedState()).toEqual({ phase: 'running', notes: [kept, draft] });
    await up(handle.db as Kysely<unknown>);
  });
});
