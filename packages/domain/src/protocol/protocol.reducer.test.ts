import { describe, expect, it } from 'vitest';
import { createProtocol } from './protocol.create.js';
import { applyProtocolEvent, protocolReducer, replayProtocol } from './protocol.reducer.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import { ProtocolState } from './protocol-state.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [A, B, C] = [uuid(1), uuid(2), uuid(3)];
const t = (min: number, sec = 0) => new Date(Date.UTC(2025, 2, 3, 12, min, sec)).toISOString();
const ref = (dilemmaId: string, ownerName: string | null = null) => ({
  dilemmaId,
  ownerName,
  title: `Vraag ${dilemmaId.slice(-1)}`,
});

function fresh(): ProtocolState {
  const r = createProtocol({ sessionId: uuid(100) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
function apply(state: ProtocolState, ...events: ProtocolEvent[]): ProtocolState {
  return events.reduce((s, e) => {
    const r = applyProtocolEvent(s, e);
    if (!r.ok) throw new Error(`${e.type}: ${r.error.code}`);
    return r.value;
  }, state);
}
function refused(state: ProtocolState, event: unknown): string {
  const r = applyProtocolEvent(state, event);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error.code;
}

const inventoried = () =>
  apply(
    fresh(),
    { type: 'addDilemma', dilemma: ref(A, 'Fenna') },
    { type: 'addDilemma', dilemma: ref(B) },
    { type: 'addDilemma', dilemma: ref(C) },
  );
const chosen = () => apply(inventoried(), { type: 'choose', dilemmaIds: [B, A] });
const running = () => apply(chosen(), { type: 'start', at: t(5) });

const timedTypes = ['next', 'extend', 'skip', 'pause', 'resume', 'finish'] as const;
const timed = (type: (typeof timedTypes)[number], at: string): ProtocolEvent =>
  type === 'extend' ? { type, minutes: 2, at } : { type, at };
const note = (id: number, dilemmaId = A): ProtocolEvent => ({
  type: 'addNote',
  id: uuid(id),
  dilemmaId,
  step: 2,
  kind: 'tip',
  text: 'Open, tenzij.',
});

describe('createProtocol', () => {
  it('starts in the inventory phase with a valid, JSON-safe state', () => {
    const s = fresh();
    expect(s.phase).toBe('inventory');
    expect(ProtocolState.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
  it('refuses settings that cannot make a session', () => {
    const r = createProtocol({ sessionId: uuid(100), sessionMinutes: 5 });
    expect(!r.ok && r.error.code).toBe('PROTOCOL.INVALID_SETTINGS');
  });
});

describe('inventory phase', () => {
  it('adds dilemmas in order and refuses a duplicate', () => {
    expect(inventoried().dilemmas.map((d) => d.dilemmaId)).toEqual([A, B, C]);
    expect(refused(inventoried(), { type: 'addDilemma', dilemma: ref(A) })).toBe(
      'PROTOCOL.DUPLICATE_DILEMMA',
    );
  });
  it('removes a dilemma, also from the choice, and plans again', () => {
    const s = apply(chosen(), { type: 'removeDilemma', dilemmaId: B });
    expect(s.dilemmas.map((d) => d.dilemmaId)).toEqual([A, C]);
    expect(s.chosen).toEqual([A]);
    expect(s.plan?.dilemmaCount).toBe(1);
    const empty = apply(s, { type: 'removeDilemma', dilemmaId: A });
    expect([empty.chosen, empty.plan]).toEqual([[], null]);
    expect(refused(s, { type: 'removeDilemma', dilemmaId: uuid(9) })).toBe(
      'PROTOCOL.UNKNOWN_DILEMMA',
    );
  });
  it('chooses an order and plans the time boxes', () => {
    const s = chosen();
    expect(s.chosen).toEqual([B, A]);
    expect(s.plan?.perDilemma).toEqual({ formulate: 5, discuss: 15, reflect: 5 });
  });
  it('refuses a duplicate, unknown, empty or too large choice', () => {
    const s = inventoried();
    expect(refused(s, { type: 'choose', dilemmaIds: [A, A] })).toBe('PROTOCOL.DUPLICATE_CHOICE');
    expect(refused(s, { type: 'choose', dilemmaIds: [A, uuid(9)] })).toBe(
      'PROTOCOL.UNKNOWN_DILEMMA',
    );
    expect(refused(s, { type: 'choose', dilemmaIds: [] })).toBe('PROTOCOL.INVALID_EVENT');
    const many = apply(
      fresh(),
      ...[10, 11, 12, 13, 14, 15].map((n) => ({
        type: 'addDilemma' as const,
        dilemma: ref(uuid(n)),
      })),
    );
    const six = [10, 11, 12, 13, 14, 15].map(uuid);
    expect(refused(many, { type: 'choose', dilemmaIds: six })).toBe('PROTOCOL.DOES_NOT_FIT');
  });
  it('starts step 1 of the first chosen dilemma with its clock', () => {
    const s = running();
    expect(s.phase).toBe('running');
    expect(s.cursor).toEqual({ slotIndex: 0, step: 1 });
    expect(s.slots.map((x) => [x.dilemmaId, x.outcome, x.reachedStep])).toEqual([
      [B, 'active', 1],
      [A, 'pending', 0],
    ]);
    expect(s.timer).toEqual({
      startedAt: t(5),
      plannedSeconds: 300,
      extendedSeconds: 0,
      pausedAt: null,
      pausedMs: 0,
    });
    expect([s.startedAt, s.lastEventAt]).toEqual([t(5), t(5)]);
  });
  it('refuses to start without a choice', () => {
    expect(refused(inventoried(), { type: 'start', at: t(5) })).toBe('PROTOCOL.NOTHING_CHOSEN');
  });
  it('refuses every running event before the start', () => {
    for (const type of timedTypes)
      expect(refused(chosen(), timed(type, t(5)))).toBe('PROTOCOL.NOT_STARTED');
    expect(refused(chosen(), note(50))).toBe('PROTOCOL.NOT_STARTED');
  });
});

describe('protocolReducer', () => {
  it('keeps the state and records why an event was refused, then clears it', () => {
    const s = chosen();
    const rejected = protocolReducer(s, { type: 'next', at: t(5) });
    expect(rejected).toEqual({
      ...s,
      lastRejection: {
        code: 'PROTOCOL.NOT_STARTED',
        message: 'De sessie is nog niet gestart.',
        eventType: 'next',
      },
    });
    expect(protocolReducer(rejected, { type: 'start', at: t(5) }).lastRejection).toBeNull();
  });
  it('never throws on garbage and says the event is invalid', () => {
    for (const garbage of [
      null,
      undefined,
      42,
      'next',
      {},
      { type: 'explode' },
      { type: 'next' },
    ]) {
      const s = protocolReducer(running(), garbage as ProtocolEvent);
      expect(s.lastRejection?.code).toBe('PROTOCOL.INVALID_EVENT');
    }
  });
  it('reads an event stamped before the last one as happening at the last one', () => {
    const s = apply(running(), { type: 'next', at: t(8) }, { type: 'next', at: t(7) });
    expect(s.timer?.startedAt).toBe(t(8));
    expect(s.lastEventAt).toBe(t(8));
  });
  it('normalises times with an offset to UTC', () => {
    const s = apply(chosen(), { type: 'start', at: '2025-03-03T13:05:00+01:00' });
    expect(s.startedAt).toBe(t(5));
  });
  it('replays stored events', () => {
    const events: ProtocolEvent[] = [
      { type: 'addDilemma', dilemma: ref(A) },
      { type: 'choose', dilemmaIds: [A] },
      { type: 'start', at: t(5) },
      { type: 'finish', at: t(6) },
    ];
    expect(replayProtocol(fresh(), events).phase).toBe('finished');
  });
});
