import { describe, expect, it } from 'vitest';
import { planTimeBoxes, plannedMinutes } from './time-plan.rules.js';
import { TimePlan } from './time-plan.schema.js';

describe('planTimeBoxes', () => {
  it('fits two dilemmas into the hour 5:15:5', () => {
    const r = planTimeBoxes({ dilemmaCount: 2 });
    expect(r).toEqual({
      ok: true,
      value: {
        sessionMinutes: 60,
        openingMinutes: 5,
        closingMinutes: 5,
        dilemmaCount: 2,
        perDilemma: { formulate: 5, discuss: 15, reflect: 5 },
        bufferMinutes: 0,
      },
    });
  });

  it('keeps the 2:5:2 shape for one to five dilemmas and never exceeds the hour', () => {
    const shapes = [1, 2, 3, 4, 5].map((n) => {
      const r = planTimeBoxes({ dilemmaCount: n });
      if (!r.ok) throw new Error(r.error.message);
      expect(TimePlan.parse(r.value)).toEqual(r.value);
      expect(plannedMinutes(r.value) + r.value.bufferMinutes).toBe(60);
      return r.value.perDilemma;
    });
    expect(shapes).toEqual([
      { formulate: 11, discuss: 28, reflect: 11 },
      { formulate: 5, discuss: 15, reflect: 5 },
      { formulate: 3, discuss: 10, reflect: 3 },
      { formulate: 3, discuss: 6, reflect: 3 },
      { formulate: 3, discuss: 4, reflect: 3 },
    ]);
  });

  it('keeps left-over minutes as buffer', () => {
    const r = planTimeBoxes({ dilemmaCount: 3, sessionMinutes: 62 });
    expect(r.ok && r.value.bufferMinutes).toBe(1);
  });

  it('refuses six dilemmas in an hour: a step would be shorter than 3 minutes', () => {
    const r = planTimeBoxes({ dilemmaCount: 6 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('PROTOCOL.DOES_NOT_FIT');
      expect(r.error.message).toContain('hoogstens 5');
    }
  });

  it('takes six dilemmas in a longer session, but never seven', () => {
    expect(planTimeBoxes({ dilemmaCount: 6, sessionMinutes: 90 }).ok).toBe(true);
    const r = planTimeBoxes({ dilemmaCount: 7, sessionMinutes: 480 });
    expect(!r.ok && r.error.code).toBe('PROTOCOL.TOO_MANY_DILEMMAS');
  });

  it('refuses no dilemmas and nonsense settings', () => {
    const none = planTimeBoxes({ dilemmaCount: 0 });
    expect(!none.ok && none.error.code).toBe('PROTOCOL.NOTHING_CHOSEN');
    for (const bad of [
      { dilemmaCount: 1.5 },
      { dilemmaCount: -1 },
      { dilemmaCount: 1, sessionMinutes: 10 },
      { dilemmaCount: 1, openingMinutes: -1 },
    ]) {
      const r = planTimeBoxes(bad);
      expect(!r.ok && r.error.code).toBe('PROTOCOL.INVALID_PLAN');
    }
  });

  it('refuses when opening and closing leave no room', () => {
    const r = planTimeBoxes({
      dilemmaCount: 1,
      sessionMinutes: 15,
      openingMinutes: 5,
      closingMinutes: 5,
    });
    expect(!r.ok && r.error.code).toBe('PROTOCOL.DOES_NOT_FIT');
  });
});
