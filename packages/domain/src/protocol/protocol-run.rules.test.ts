import { describe, expect, it } from 'vitest';
import { createProtocol } from './protocol.create.js';
import { applyProtocolEvent } from './protocol.reducer.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import type { ProtocolState } from './protocol-state.schema.js';

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
const closing = () => apply(running(), { type: 'skip', at: t(6) }, { type: 'skip', at: t(7) });
const finished = () => apply(closing(), { type: 'finish', at: t(10) });

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

describe('running phase', () => {
  it('advances 1 → 2 → 3 → next dilemma → closing', () => {
    let s = running();
    const seen: unknown[] = [];
    for (let i = 0; i < 6; i += 1) {
      s = apply(s, { type: 'next', at: t(6 + i) });
      seen.push(s.cursor ? [s.cursor.slotIndex, s.cursor.step] : s.phase);
    }
    expect(seen).toEqual([[0, 2], [0, 3], [1, 1], [1, 2], [1, 3], 'closing']);
    expect(s.slots.map((x) => [x.outcome, x.reachedStep])).toEqual([
      ['done', 3],
      ['done', 3],
    ]);
    expect(s.timer?.plannedSeconds).toBe(300);
    expect(s.closingStartedAt).toBe(t(11));
  });
  it('gives each step its own box', () => {
    const s = apply(running(), { type: 'next', at: t(6) });
    expect(s.timer).toMatchObject({ startedAt: t(6), plannedSeconds: 900 });
  });
  it('extends the current box only', () => {
    const s = apply(running(), { type: 'extend', minutes: 3, at: t(6) });
    expect(s.timer?.extendedSeconds).toBe(180);
    expect(s.plan?.perDilemma.formulate).toBe(5);
    expect(apply(s, { type: 'next', at: t(7) }).timer?.extendedSeconds).toBe(0);
    expect(refused(s, { type: 'extend', minutes: 0, at: t(7) })).toBe('PROTOCOL.INVALID_EVENT');
  });
  it('skips the rest of the current dilemma', () => {
    const s = apply(running(), { type: 'next', at: t(6) }, { type: 'skip', at: t(7) });
    expect(s.cursor).toEqual({ slotIndex: 1, step: 1 });
    expect(s.slots[0]).toMatchObject({ outcome: 'skipped', reachedStep: 2 });
    expect(apply(s, { type: 'skip', at: t(8) }).phase).toBe('closing');
  });
  it('pauses and resumes the clock, and refuses doing either twice', () => {
    const paused = apply(running(), { type: 'pause', at: t(6) });
    expect(paused.timer?.pausedAt).toBe(t(6));
    expect(refused(paused, { type: 'pause', at: t(7) })).toBe('PROTOCOL.ALREADY_PAUSED');
    const resumed = apply(paused, { type: 'resume', at: t(8) });
    expect(resumed.timer).toMatchObject({ pausedAt: null, pausedMs: 120_000 });
    expect(refused(resumed, { type: 'resume', at: t(9) })).toBe('PROTOCOL.NOT_PAUSED');
  });
  it('starts the next box unpaused when advancing during a pause', () => {
    const s = apply(running(), { type: 'pause', at: t(6) }, { type: 'next', at: t(7) });
    expect(s.timer).toMatchObject({ pausedAt: null, pausedMs: 0, startedAt: t(7) });
  });
  it('finishes early: the dilemma in progress is skipped, the rest not reached', () => {
    const s = apply(running(), { type: 'finish', at: t(6) });
    expect(s.phase).toBe('finished');
    expect([s.cursor, s.timer, s.finishedAt]).toEqual([null, null, t(6)]);
    expect(s.slots.map((x) => x.outcome)).toEqual(['skipped', 'not_reached']);
  });
  it('counts a dilemma finished in step 3 as done', () => {
    const s = apply(
      running(),
      { type: 'next', at: t(6) },
      { type: 'next', at: t(7) },
      { type: 'finish', at: t(8) },
    );
    expect(s.slots.map((x) => x.outcome)).toEqual(['done', 'not_reached']);
  });
  it('captures notes for chosen dilemmas only, once per id', () => {
    const s = apply(running(), note(50, A));
    expect(s.notes).toEqual([
      { id: uuid(50), dilemmaId: A, step: 2, kind: 'tip', text: 'Open, tenzij.' },
    ]);
    expect(refused(s, note(50, A))).toBe('PROTOCOL.DUPLICATE_NOTE');
    expect(refused(s, note(51, C))).toBe('PROTOCOL.UNKNOWN_DILEMMA');
  });
  it('refuses inventory events once started', () => {
    const s = running();
    expect(refused(s, { type: 'addDilemma', dilemma: ref(uuid(9)) })).toBe(
      'PROTOCOL.ALREADY_STARTED',
    );
    expect(refused(s, { type: 'removeDilemma', dilemmaId: A })).toBe('PROTOCOL.ALREADY_STARTED');
    expect(refused(s, { type: 'choose', dilemmaIds: [A] })).toBe('PROTOCOL.ALREADY_STARTED');
    expect(refused(s, { type: 'start', at: t(6) })).toBe('PROTOCOL.ALREADY_STARTED');
  });
});

describe('closing phase', () => {
  it('runs a clock of the closing minutes that can be extended and paused', () => {
    const s = apply(
      closing(),
      { type: 'extend', minutes: 1, at: t(8) },
      { type: 'pause', at: t(9) },
    );
    expect(s.timer).toMatchObject({
      startedAt: t(7),
      plannedSeconds: 300,
      extendedSeconds: 60,
      pausedAt: t(9),
    });
    expect(apply(s, { type: 'resume', at: t(10) }).timer?.pausedMs).toBe(60_000);
  });
  it('has nothing to skip', () => {
    expect(refused(closing(), { type: 'skip', at: t(8) })).toBe('PROTOCOL.NOTHING_TO_SKIP');
  });
  it('finishes with next or finish', () => {
    expect(apply(closing(), { type: 'next', at: t(9) }).phase).toBe('finished');
    expect(apply(closing(), { type: 'finish', at: t(9) })).toMatchObject({
      phase: 'finished',
      finishedAt: t(9),
    });
  });
  it('still takes notes', () => {
    expect(apply(closing(), note(52)).notes).toHaveLength(1);
  });
});

describe('finished phase', () => {
  it('refuses every event but a catch-up note', () => {
    const s = finished();
    for (const type of timedTypes) expect(refused(s, timed(type, t(11)))).toBe('PROTOCOL.FINISHED');
    expect(refused(s, { type: 'addDilemma', dilemma: ref(uuid(9)) })).toBe('PROTOCOL.FINISHED');
    expect(apply(s, note(53)).notes).toHaveLength(1);
  });
});
