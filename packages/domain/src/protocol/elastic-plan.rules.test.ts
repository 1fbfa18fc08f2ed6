import { describe, expect, it } from 'vitest';
import { elasticPlan, fitBoxes } from './elastic-plan.rules.js';
import { createProtocol } from './protocol.create.js';
import { protocolReducer } from './protocol.reducer.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import type { ProtocolState } from './protocol-state.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const START = Date.UTC(2029, 2, 5, 12, 5, 0);
const t = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

/** A started run of `count` dilemmas in a 60-minute session (5 opening, 5 closing). */
function started(count: number): ProtocolState {
  const created = createProtocol({ sessionId: uuid(999) });
  if (!created.ok) throw new Error('settings');
  const ids = Array.from({ length: count }, (_, i) => uuid(i + 1));
  const events: ProtocolEvent[] = [
    ...ids.map((id) => ({
      type: 'addDilemma' as const,
      dilemma: { dilemmaId: id, ownerName: null, title: 'Een vraag' },
    })),
    { type: 'choose', dilemmaIds: ids },
    { type: 'start', at: t(0) },
  ];
  return events.reduce(protocolReducer, created.value);
}

describe('fitBoxes', () => {
  it('keeps the planned boxes when they fit', () => {
    expect(fitBoxes([{ planned: 5, minimum: 2 }], 9)).toEqual({ minutes: [5], fits: true });
  });
  it('shrinks in proportion and keeps minimums', () => {
    const wants = [
      { planned: 5, minimum: 2 },
      { planned: 15, minimum: 5 },
      { planned: 5, minimum: 2 },
    ];
    expect(fitBoxes(wants, 20)).toEqual({ minutes: [4, 12, 4], fits: true });
    expect(fitBoxes(wants, 10)).toEqual({ minutes: [2, 6, 2], fits: true });
    expect(fitBoxes(wants, 8)).toEqual({ minutes: [2, 5, 2], fits: false });
  });
});

describe('the elastic hour', () => {
  it('is on time, with the original boxes, right after the start', () => {
    const plan = elasticPlan(started(2), t(0));
    expect(plan?.deviation).toEqual({ kind: 'on_time', minutes: 0 });
    expect(plan?.boxes.map((b) => b.minutes)).toEqual([15, 5, 5, 15, 5]);
    expect(plan?.fits).toBe(true);
  });

  it('says "behind" when step 1 runs over and shrinks what follows in proportion', () => {
    const plan = elasticPlan(started(2), t(9));
    expect(plan?.deviation).toEqual({ kind: 'behind', minutes: 4 });
    // The run has 55 minutes (the opening came before the start): 55 - 9 - 5 closing = 41
    // minutes for 45 planned, so each box shrinks to 91 %.
    expect(plan?.availableMinutes).toBe(41);
    expect(plan?.boxes.map((b) => b.minutes)).toEqual([13, 4, 4, 13, 4]);
  });

  it('says "ahead" when a step ends early', () => {
    const s = protocolReducer(started(2), { type: 'next', at: t(2) });
    expect(elasticPlan(s, t(2))?.deviation).toEqual({ kind: 'ahead', minutes: 3 });
  });

  it('starts the next box with its re-planned minutes', () => {
    const s = protocolReducer(started(2), { type: 'next', at: t(15) });
    // 30 minutes for 40 planned (15 + 5 + 5 + 15 + 5 - the 5 of step 1): 75 %.
    expect(s.timer?.plannedSeconds).toBe(11 * 60);
    expect(s.slots[1]?.boxes).toEqual({ formulate: 3, discuss: 11, reflect: 3 });
    expect(s.plan?.perDilemma).toEqual({ formulate: 5, discuss: 15, reflect: 5 });
  });

  it('proposes skipping the last dilemma or running over when even minimums do not fit', () => {
    const plan = elasticPlan(started(2), t(43));
    expect(plan?.fits).toBe(false);
    // 55 - 43 - 5 = 7 minutes left for 16 minimum minutes.
    expect(plan?.boxes.map((b) => b.minutes)).toEqual([5, 2, 2, 5, 2]);
    expect(plan?.proposal).toEqual({
      overrunMinutes: 9,
      skipLast: { dilemmaId: uuid(2), fitsThen: true },
    });
  });

  it('fits again after dropping the last dilemma, which the run then passes by', () => {
    let s = protocolReducer(started(2), { type: 'dropLastDilemma', at: t(43) });
    expect(s.lastRejection).toBeNull();
    expect(elasticPlan(s, t(43))?.fits).toBe(true);
    s = [2, 3, 4].reduce((acc, m) => protocolReducer(acc, { type: 'next', at: t(43 + m) }), s);
    expect(s.phase).toBe('closing');
    expect(s.slots.map((x) => x.outcome)).toEqual(['done', 'not_reached']);
    expect(protocolReducer(s, { type: 'dropLastDilemma', at: t(50) }).lastRejection?.code).toBe(
      'PROTOCOL.ALREADY_STARTED',
    );
  });

  it('fits again after accepting to run over, and still says how far behind it is', () => {
    const s = protocolReducer(started(2), { type: 'acceptOverrun', minutes: 9, at: t(43) });
    const plan = elasticPlan(s, t(43));
    expect(plan?.fits).toBe(true);
    expect(plan?.deviation).toEqual({ kind: 'behind', minutes: 38 });
  });

  it('refuses dropping when no dilemma is left to begin', () => {
    const s = protocolReducer(started(1), { type: 'dropLastDilemma', at: t(1) });
    expect(s.lastRejection?.code).toBe('PROTOCOL.NOTHING_TO_DROP');
  });

  it('has nothing to re-plan before the start', () => {
    const created = createProtocol({ sessionId: uuid(999) });
    expect(created.ok && elasticPlan(created.value, t(0))).toBeNull();
  });
});
