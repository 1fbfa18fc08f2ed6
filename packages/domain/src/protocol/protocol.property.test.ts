import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProtocol } from './protocol.create.js';
import { applyProtocolEvent, protocolReducer } from './protocol.reducer.js';
import {
  currentStep,
  isPaused,
  overrunSeconds,
  remainingSeconds,
  whoIsOnCamera,
} from './protocol.selectors.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import { ProtocolState, type ProtocolPhase } from './protocol-state.schema.js';
import { plannedMinutes } from './time-plan.rules.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const POOL = [1, 2, 3, 4, 5, 6, 7].map(uuid);
const BASE = Date.UTC(2025, 2, 3, 12, 0, 0);
const order: Record<ProtocolPhase, number> = { inventory: 0, running: 1, closing: 2, finished: 3 };

// Times jump around (also backwards) within two hours, to the millisecond.
const at = fc.integer({ min: 0, max: 7_200_000 }).map((ms) => new Date(BASE + ms).toISOString());
const dilemmaId = fc.constantFrom(...POOL);

const event: fc.Arbitrary<ProtocolEvent> = fc.oneof(
  dilemmaId.map((id) => ({
    type: 'addDilemma' as const,
    dilemma: { dilemmaId: id, ownerName: 'Noor', title: 'Een vraag' },
  })),
  dilemmaId.map((id) => ({ type: 'removeDilemma' as const, dilemmaId: id })),
  fc
    .shuffledSubarray(POOL, { minLength: 1, maxLength: 7 })
    .map((ids) => ({ type: 'choose' as const, dilemmaIds: ids })),
  at.map((t) => ({ type: 'start' as const, at: t })),
  at.map((t) => ({ type: 'next' as const, at: t })),
  at.map((t) => ({ type: 'next' as const, at: t })),
  fc.record({
    type: fc.constant('extend' as const),
    minutes: fc.integer({ min: -2, max: 40 }),
    at,
  }),
  at.map((t) => ({ type: 'skip' as const, at: t })),
  at.map((t) => ({ type: 'dropLastDilemma' as const, at: t })),
  fc.record({
    type: fc.constant('acceptOverrun' as const),
    minutes: fc.integer({ min: 0, max: 70 }),
    at,
  }),
  at.map((t) => ({ type: 'pause' as const, at: t })),
  at.map((t) => ({ type: 'resume' as const, at: t })),
  at.map((t) => ({ type: 'finish' as const, at: t })),
  fc.record({
    type: fc.constant('addNote' as const),
    id: fc.integer({ min: 100, max: 120 }).map(uuid),
    dilemmaId,
    step: fc.constantFrom(1 as const, 2 as const, 3 as const),
    kind: fc.constantFrom(
      'tip' as const,
      'idea' as const,
      'association' as const,
      'question' as const,
      'takeaway' as const,
    ),
    text: fc.constantFrom('Open, tenzij.', 'Een teamfiets.', ' '),
  }),
  // Often: a draft only applies to the step on screen, one in 21 of these.
  {
    weight: 9,
    arbitrary: fc.record({
      type: fc.constant('saveNoteDraft' as const),
      id: fc.integer({ min: 200, max: 220 }).map(uuid),
      dilemmaId,
      step: fc.constantFrom(1 as const, 2 as const, 3 as const),
      kind: fc.constantFrom('tip' as const, 'takeaway' as const),
      text: fc.constantFrom('Open, ten', 'Een team', ''),
    }),
  },
  fc.record({
    type: fc.constant('addReaction' as const),
    id: fc.integer({ min: 300, max: 310 }).map(uuid),
    text: fc.constantFrom('Heel waardevol!', 'Fijn om te horen.'),
    consent: fc.constantFrom('private' as const, 'quotable' as const),
  }),
);

// Typed text survives every event: it is still a draft or became a note with the draft's id,
// unless the event itself replaced it (a newer draft or the added note of that step).
function keptEveryWord(before: ProtocolState, after: ProtocolState, e: ProtocolEvent) {
  for (const draft of before.drafts) {
    const sameStep =
      (e.type === 'saveNoteDraft' || e.type === 'addNote') &&
      e.dilemmaId === draft.dilemmaId &&
      e.step === draft.step;
    if (sameStep && after !== before && after.lastRejection === null) continue;
    const kept =
      after.drafts.some((d) => d.id === draft.id && d.text === draft.text) ||
      after.notes.some((n) => n.id === draft.id && n.text === draft.text);
    expect(kept).toBe(true);
  }
}

// Most runs start the usual way, so the random events mostly hit a running session.
const setup: fc.Arbitrary<ProtocolEvent[]> = fc
  .tuple(fc.shuffledSubarray(POOL, { minLength: 1, maxLength: 4 }), at, fc.boolean())
  .map(([ids, t, choose]) => [
    ...ids.map((id) => ({
      type: 'addDilemma' as const,
      dilemma: { dilemmaId: id, ownerName: null, title: 'Een vraag' },
    })),
    ...(choose
      ? [
          { type: 'choose' as const, dilemmaIds: ids },
          { type: 'start' as const, at: t },
        ]
      : []),
  ]);

const settings = fc.record({
  sessionMinutes: fc.integer({ min: 15, max: 180 }),
  openingMinutes: fc.integer({ min: 0, max: 15 }),
  closingMinutes: fc.integer({ min: 0, max: 15 }),
});

function checkInvariants(before: ProtocolState, after: ProtocolState, probes: string[]) {
  expect(ProtocolState.safeParse(after).success).toBe(true);
  expect(JSON.parse(JSON.stringify(after))).toEqual(after);
  expect(order[after.phase]).toBeGreaterThanOrEqual(order[before.phase]);
  if (after.plan)
    expect(plannedMinutes(after.plan)).toBeLessThanOrEqual(after.settings.sessionMinutes);
  if (after.slots.length > 0) {
    const { openingMinutes, closingMinutes, sessionMinutes } = after.settings;
    const boxes = after.slots.reduce(
      (sum, s) => sum + s.boxes.formulate + s.boxes.discuss + s.boxes.reflect,
      0,
    );
    expect(openingMinutes + closingMinutes + boxes).toBeLessThanOrEqual(sessionMinutes);
  }
  if (currentStep(after)?.step === 2) expect(whoIsOnCamera(after)).toBe('everyone_but_owner');
  else expect(whoIsOnCamera(after)).toBe('everyone');
  expect(after.slots.filter((s) => s.outcome === 'active').length).toBe(
    after.phase === 'running' ? 1 : 0,
  );
  if (before.lastEventAt && after.lastEventAt) {
    expect(Date.parse(after.lastEventAt)).toBeGreaterThanOrEqual(Date.parse(before.lastEventAt));
  }
  for (const now of probes) {
    const remaining = remainingSeconds(after, now);
    const overrun = overrunSeconds(after, now);
    expect(remaining === null).toBe(after.timer === null);
    expect(overrun === null).toBe(after.timer === null);
    expect((remaining ?? 0) > 0 && (overrun ?? 0) > 0).toBe(false);
    expect(remaining ?? 0).toBeGreaterThanOrEqual(0);
  }
  // Pausing stops the clock: later moments show the same remaining time.
  if (isPaused(after) && after.timer?.pausedAt) {
    const p = Date.parse(after.timer.pausedAt);
    const later = [p + 1_000, p + 600_000].map((ms) => new Date(ms).toISOString());
    expect(remainingSeconds(after, later[0]!)).toBe(remainingSeconds(after, later[1]!));
  }
}

describe('protocol reducer properties', () => {
  it('never throws and never reaches an impossible state on random event sequences', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        settings,
        setup,
        fc.array(event, { maxLength: 60 }),
        fc.array(at, { minLength: 2, maxLength: 3 }),
        (config, prefix, events, probes) => {
          const created = createProtocol({ sessionId: uuid(999), ...config });
          if (!created.ok) return;
          let state = created.value;
          for (const e of [...prefix, ...events]) {
            const applied = applyProtocolEvent(state, e);
            const next = protocolReducer(state, e);
            if (applied.ok) {
              expect(next).toEqual(applied.value);
              expect(next.lastRejection).toBeNull();
            } else {
              expect(next).toEqual({
                ...state,
                lastRejection: {
                  code: applied.error.code,
                  message: applied.error.message,
                  eventType: e.type,
                },
              });
            }
            checkInvariants(state, next, probes);
            keptEveryWord(state, next, e);
            reached.add(next.phase);
            if (next.drafts.length > 0) reached.add('draft');
            if (next.notes.some((n) => state.drafts.some((d) => d.id === n.id))) {
              reached.add('draft kept');
            }
            if (next.cursor) reached.add(`step ${next.cursor.step}`);
            if (isPaused(next)) reached.add('paused');
            state = next;
          }
        },
      ),
      { numRuns: 300 },
    );
    // The generator must really exercise the run, or the properties above prove little.
    expect([...reached].sort()).toEqual([
      'closing',
      'draft',
      'draft kept',
      'finished',
      'inventory',
      'paused',
      'running',
      'step 1',
      'step 2',
      'step 3',
    ]);
  });

  it('extending never changes the plan or the other boxes', () => {
    fc.assert(
      fc.property(
        setup,
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 10 }),
        at,
        (prefix, minutes, t) => {
          const created = createProtocol({ sessionId: uuid(999) });
          if (!created.ok) return;
          let state = prefix.reduce(protocolReducer, created.value);
          const plan = state.plan;
          const slots = state.slots;
          for (const m of minutes)
            state = protocolReducer(state, { type: 'extend', minutes: m, at: t });
          expect(state.plan).toEqual(plan);
          expect(state.slots).toEqual(slots);
          if (state.timer) {
            expect(state.timer.extendedSeconds).toBe(minutes.reduce((a, b) => a + b, 0) * 60);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
