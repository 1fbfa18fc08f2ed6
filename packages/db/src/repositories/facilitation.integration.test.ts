import { randomUUID } from 'node:crypto';
import { createProtocol, protocolReducer, type ProtocolState } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aDilemma, aPerson, aSession } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  findDilemmaById,
  insertDilemma,
  listDilemmasOfOwner,
  listDilemmasOfSession,
  updateDilemma,
} from './dilemma.repository.js';
import { insertPerson } from './person.repository.js';
import {
  findProtocolRunById,
  findProtocolRunBySession,
  insertProtocolRun,
  listProtocolNotes,
  listProtocolRunsWithDilemmas,
  saveProtocolRun,
} from './protocol-run.repository.js';
import { insertSession } from './session.repository.js';

describe.each(databaseKindsUnderTest())('dilemmas and protocol runs on %s', (kind) => {
  let handle: DatabaseHandle;
  const session = aSession('2025-03-03T12:00:00.000Z');
  const owner = aPerson();
  const fence = aDilemma(session.id, {
    ownerId: owner.id,
    ownerName: 'Fenna',
    followUpQuestions: ['Wie haalt op?'],
  });
  const carers = aDilemma(session.id, {
    text: 'Hoe gaan we om met weerstand van mantelzorgers?',
    position: 0,
  });

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await insertSession(handle.db, session);
    await insertPerson(handle.db, owner);
  });
  afterAll(() => handle.close());

  it('stores dilemmas and lists chosen ones first', async () => {
    expect(await insertDilemma(handle.db, fence)).toEqual({ ok: true, value: fence });
    expect(await insertDilemma(handle.db, carers)).toEqual({ ok: true, value: carers });
    expect((await listDilemmasOfSession(handle.db, session.id)).map((d) => d.id)).toEqual([
      carers.id,
      fence.id,
    ]);
    expect(await listDilemmasOfOwner(handle.db, owner.id)).toEqual([fence]);
  });

  it('updates a dilemma by version and refuses a stale one', async () => {
    const chosen = {
      ...fence,
      status: 'chosen' as const,
      position: 1,
      consent: 'quotable' as const,
    };
    expect(await updateDilemma(handle.db, chosen)).toEqual({
      ok: true,
      value: { ...chosen, version: 2 },
    });
    const stale = await updateDilemma(handle.db, { ...fence, status: 'parked' });
    expect(stale.ok ? null : stale.error).toMatchObject({
      code: 'CONFLICT.STALE_VERSION',
      details: { currentVersion: 2 },
    });
    expect((await findDilemmaById(handle.db, fence.id))?.status).toBe('chosen');
    const missing = await updateDilemma(handle.db, aDilemma(session.id));
    expect(missing.ok ? null : missing.error.code).toBe('DILEMMA.NOT_FOUND');
  });

  it('saves run states by version and mirrors their notes', async () => {
    const created = createProtocol({ sessionId: session.id });
    if (!created.ok) throw new Error('protocol not created');
    let state: ProtocolState = protocolReducer(created.value, {
      type: 'addDilemma',
      dilemma: { dilemmaId: fence.id, ownerName: 'Fenna', title: 'Bewoners buiten het hek' },
    });
    const runId = randomUUID();
    const inserted = await insertProtocolRun(handle.db, { id: runId, state });
    expect(inserted).toEqual({
      ok: true,
      value: { id: runId, sessionId: session.id, state, version: 1 },
    });
    const second = await insertProtocolRun(handle.db, { id: randomUUID(), state });
    expect(second.ok ? null : second.error.code).toBe('CONFLICT.DUPLICATE');

    state = protocolReducer(state, { type: 'choose', dilemmaIds: [fence.id] });
    state = protocolReducer(state, { type: 'start', at: '2025-03-03T12:05:00.000Z' });
    const noteId = randomUUID();
    state = protocolReducer(state, {
      type: 'addNote',
      id: noteId,
      dilemmaId: fence.id,
      step: 2,
      kind: 'tip',
      text: 'Open, tenzij.',
    });
    expect(state.notes).toHaveLength(1);

    const saved = await saveProtocolRun(handle.db, {
      id: runId,
      sessionId: session.id,
      state,
      version: 1,
    });
    expect(saved.ok && saved.value.version).toBe(2);
    const stale = await saveProtocolRun(handle.db, {
      id: runId,
      sessionId: session.id,
      state,
      version: 1,
    });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT.STALE_VERSION');

    expect(await findProtocolRunBySession(handle.db, session.id)).toEqual({
      id: runId,
      sessionId: session.id,
      state,
      version: 2,
    });
    expect((await findProtocolRunById(handle.db, runId))?.state.phase).toBe('running');
    expect(await listProtocolNotes(handle.db, runId)).toEqual([
      { id: noteId, dilemmaId: fence.id, step: 2, kind: 'tip', text: 'Open, tenzij.' },
    ]);
    expect((await listProtocolRunsWithDilemmas(handle.db, [fence.id])).map((r) => r.id)).toEqual([
      runId,
    ]);
    expect(await listProtocolRunsWithDilemmas(handle.db, [carers.id])).toEqual([]);
  });
});
