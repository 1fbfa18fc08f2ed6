import { describe, expect, it } from 'vitest';
import { OWNER_TAKEAWAY_PREFIX, ownerTakeAways } from './report-draft.rules.js';

const dilemmaId = '00000000-0000-4000-8000-000000000001';

describe("person A's notes as take-aways", () => {
  it('turns each line into a take-away marked as A’s when A consented', () => {
    expect(
      ownerTakeAways({
        dilemmaId,
        notes: 'Vooraf met familie afspreken.\n\n  GPS   proberen ',
        consent: 'quotable',
      }),
    ).toEqual([
      `${OWNER_TAKEAWAY_PREFIX}Vooraf met familie afspreken.`,
      `${OWNER_TAKEAWAY_PREFIX}GPS proberen`,
    ]);
  });

  it('gives nothing without consent, without notes or without a cue', () => {
    expect(ownerTakeAways({ dilemmaId, notes: 'Geheim', consent: 'private' })).toEqual([]);
    expect(ownerTakeAways({ dilemmaId, notes: '  \n ', consent: 'quotable' })).toEqual([]);
    expect(ownerTakeAways(undefined)).toEqual([]);
  });

  it('keeps a long line within the take-away limit', () => {
    const [only] = ownerTakeAways({ dilemmaId, notes: 'x'.repeat(1500), consent: 'quotable' });
    expect(only).toHaveLength(1000);
    expect(only?.endsWith('…')).toBe(true);
  });
});
