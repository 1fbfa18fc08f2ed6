import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timerDurationMs, timerElapsedMs } from './protocol-clock.rules.js';
import { ELASTIC_MIN_MINUTES, elasticPlan, fitBoxes } from './elastic-plan.rules.js';
import { createProtocol } from './protocol.create.js';
import { protocolReducer } from './protocol.reducer.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import type { ProtocolState } from './protocol-state.schema.js';
import type { ProtocolSettings } from './time-plan.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const START = Date.UTC(2029, 2, 5, 12, 5, 0);
const iso = (ms: number) => new Date(START + ms).toISOString();
const KEYS = ['formulate', 'discuss', 'reflect'] as const;

const settings = fc.record({
  sessionMinutes: fc.integer({ min: 30, max: 180 }),
  openingMinutes: fc.integer({ min: 0, max: 15 }),
  closingMinutes: fc.integer({ min: 0, max: 15 }),
});

function started(config: Partial<ProtocolSettings>, count: number): ProtocolState | null {
  const created = createProtocol({ sessionId: uuid(999), ...config });
  if (!created.ok) return null;
  const ids = Array.from({ length: count }, (_, i) => uuid(i + 1));
  const events: ProtocolEvent[] = [
    ...ids.map((id) => ({
      type: 'addDilemma' as const,
      dilemma: { dilemmaId: id, ownerName: null, title: 'Een vraag' },
    })),
    { type: 'choose', dilemmaIds: ids },
    { type: 'start', at: iso(0) },
  ];
  const state = events.reduce(protocolReducer, created.value);
  return state.phase === 'running' ? state : null;
}

// What the facilitator does, at moments that only move forward (gaps in seconds).
const action = fc.record({
  gap: fc.integer({ min: 0, max: 1500 }),
  type: fc.constantFrom('next', 'next', 'next', 'extend', 'pause', 'resume', 'skip', 'drop'),
});

function act(state: ProtocolState, a: { type: string }, at: string): ProtocolState {
  if (a.type === 'extend') return protocolReducer(state, { type: 'extend', minutes: 2, at });
  if (a.type === 'drop') return protocolReducer(state, { type: 'dropLastDilemma', at });
  return protocolReducer(state, { type: a.type as 'next', at });
}

function endOfRun(state: ProtocolState): number {
  const { sessionMinutes, openingMinutes } = state.settings;
  return START + (sessionMinutes - openingMinutes + state.acceptedOverrunMinutes) * 60_000;
}

describe('the elastic hour, for any run', () => {
  it('fitBoxes stays between minimum and plan, and fits whenever the minimums fit', () => {
    const want = fc
      .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 40 }))
      .map(([minimum, extra]) => ({ minimum, planned: minimum + extra }));
    fc.assert(
      fc.property(fc.array(want, { maxLength: 18 }), fc.integer({ min: 0, max: 300 }), (w, a) => {
        const fit = fitBoxes(w, a);
        const total = fit.minutes.reduce((x, y) => x + y, 0);
        fit.minutes.forEach((m, i) => {
          expect(m).toBeGreaterThanOrEqual(w[i]!.minimum);
          expect(m).toBeLessThanOrEqual(w[i]!.planned);
        });
        expect(fit.fits).toBe(w.reduce((x, y) => x + y.minimum, 0) <= a);
        if (fit.fits) expect(total).toBeLessThanOrEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it('never exceeds the session and never breaks a minimum', () => {
    fc.assert(
      fc.property(
        settings,
        fc.integer({ min: 1, max: 4 }),
        fc.array(action, { maxLength: 25 }),
        (config, count, actions) => {
          let state = started(config, count);
          if (!state) return;
          let ms = 0;
          for (const a of actions) {
            ms += a.gap * 1000;
            state = act(state, a, iso(ms));
            const plan = elasticPlan(state, iso(ms));
            if (!plan || !state.timer) continue;
            for (const box of plan.boxes) {
              const rule = ELASTIC_MIN_MINUTES[KEYS[box.step - 1]!];
              expect(box.minimumMinutes).toBe(Math.min(rule, box.plannedMinutes));
              expect(box.minutes).toBeGreaterThanOrEqual(box.minimumMinutes);
              expect(box.minutes).toBeLessThanOrEqual(box.plannedMinutes);
            }
            if (plan.fits) {
              // The current box's rest, the boxes ahead and the closing end by the hour's end.
              const left = Math.max(
                0,
                timerDurationMs(state.timer) - timerElapsedMs(state.timer, iso(ms)),
              );
              const ahead = plan.boxes.reduce((sum, b) => sum + b.minutes, 0);
              const closing = state.phase === 'running' ? state.settings.closingMinutes : 0;
              const end = START + ms + left + (ahead + closing) * 60_000;
              // (With nothing ahead there is nothing to re-plan: time already spent is spent.)
              if (plan.boxes.length > 0) expect(end).toBeLessThanOrEqual(endOfRun(state));
              expect(plan.proposal).toBeNull();
            } else {
              expect(plan.proposal?.overrunMinutes).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('converges to the original plan when nothing runs over', () => {
    fc.assert(
      fc.property(
        settings,
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 16 }),
        (config, count, fractions) => {
          let state = started(config, count);
          if (!state) return;
          let ms = 0;
          for (const f of fractions) {
            if (state.phase !== 'running' || !state.timer) break;
            // Each step ends somewhere within its own box: never late.
            ms += Math.floor(f * timerDurationMs(state.timer));
            state = protocolReducer(state, { type: 'next', at: iso(ms) });
            const plan = elasticPlan(state, iso(ms));
            expect(plan?.fits).toBe(true);
            expect(plan?.deviation.kind).not.toBe('behind');
            for (const box of plan?.boxes ?? []) expect(box.minutes).toBe(box.plannedMinutes);
            for (const slot of state.slots) expect(slot.boxes).toEqual(state.plan?.perDilemma);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
