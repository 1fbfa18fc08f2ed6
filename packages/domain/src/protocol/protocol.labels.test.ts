import { describe, expect, it } from 'vitest';
import { protocolStepLabels, protocolSteps, protocolStepTexts } from './protocol.labels.js';

describe('protocolSteps', () => {
  it('lists the three steps in order, each with its one label and text', () => {
    expect(protocolSteps.map((s) => s.step)).toEqual([1, 2, 3]);
    for (const s of protocolSteps) {
      expect(s.title).toBe(protocolStepLabels[s.step]);
      expect(s.text).toBe(protocolStepTexts[s.step]);
    }
  });

  it('keeps the wording of the series’ own write-up', () => {
    expect(protocolStepTexts[1]).toContain('Persoon A krijgt kort de tijd om te formuleren');
    expect(protocolStepTexts[2]).toContain('zet de camera uit');
    expect(protocolStepTexts[2]).toContain('luistert wel mee');
    expect(protocolStepTexts[3]).toContain('reflecteert kort op wat hij of zij gehoord heeft');
    expect(protocolStepLabels[1]).toBe('Stap 1 — formuleren');
  });
});
