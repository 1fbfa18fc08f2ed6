import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../shared/index.js';
import { SeriesInput, SeriesUpdate } from './series.schema.js';

const input = {
  slug: 'jamsessies-vvlg-2027',
  title: 'Jamsessies VVLG',
  description: '',
  actionTeamId: '00000000-0000-4000-8000-000000000002',
  recurrence: {
    kind: 'monthly_nth_weekday',
    weekday: 1,
    nth: 1,
    startTime: '13:00',
    durationMinutes: 60,
  },
  themeRotation: ['00000000-0000-4000-8000-0000000000a1'],
  exceptions: [],
  meetingLink: null,
  eligibility: { participatingOrganisations: true, locMembers: true, extraEmailDomains: [] },
  documents: [],
  firstDate: '2027-01-01',
  lastDate: null,
};

describe('a series as a coordinator makes or edits it', () => {
  it('needs a theme, with a Dutch message at the themes field (#19 defect 2)', () => {
    expect(SeriesInput.safeParse(input).success).toBe(true);
    const none = SeriesInput.safeParse({ ...input, themeRotation: [] });
    expect(none.success).toBe(false);
    if (!none.success) {
      expect(fieldErrors(none.error)).toEqual({ themeRotation: 'Kies minstens één thema.' });
    }
    const emptied = SeriesUpdate.safeParse({
      id: input.actionTeamId,
      version: 2,
      themeRotation: [],
    });
    expect(emptied.success).toBe(false);
    expect(
      SeriesUpdate.safeParse({ id: input.actionTeamId, version: 2, title: 'Nieuw' }).success,
    ).toBe(true);
  });
});
