import { describe, expect, it } from 'vitest';
import { defaultDraft, ruleOf, seriesInputOf, withTitle } from './series-draft';

const a = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const b = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const team = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

describe('series drafts', () => {
  it('start from the jam-session rule: first Monday, 13.00, one hour, alternating themes', () => {
    const input = seriesInputOf(defaultDraft({ themeIds: [a, b], actionTeamId: team, year: 2027 }));
    expect(input.recurrence).toEqual({
      kind: 'monthly_nth_weekday',
      weekday: 1,
      nth: 1,
      startTime: '13:00',
      durationMinutes: 60,
    });
    expect(input.themeRotation).toEqual([a, b]);
    expect(input).toMatchObject({
      slug: 'jamsessies-2027',
      firstDate: '2027-01-01',
      lastDate: '2027-12-31',
      meetingLink: null,
    });
  });

  it('proposes the slug from the title until the slug is typed by hand', () => {
    const draft = defaultDraft({ themeIds: [], actionTeamId: team, year: 2027 });
    expect(withTitle(draft, 'Open deuren & thuis').slug).toBe('open-deuren-en-thuis');
    expect(withTitle({ ...draft, slug: 'eigen', slugTouched: true }, 'Iets').slug).toBe('eigen');
  });

  it('sends an empty last date as null and a half-typed duration as 0', () => {
    const draft = {
      ...defaultDraft({ themeIds: [], actionTeamId: team, year: 2027 }),
      lastDate: ' ',
      durationMinutes: 'een uur',
    };
    expect(ruleOf(draft).lastDate).toBeNull();
    expect(ruleOf(draft).recurrence.durationMinutes).toBe(0);
  });
});
