import { describe, expect, it } from 'vitest';
import {
  ActionTeamInput,
  ActionTeamUpdate,
  KeywordInput,
  KeywordUpdate,
  MovementInput,
  MovementUpdate,
  OrganisationInput,
  OrganisationUpdate,
  ParticipationInput,
  ParticipationUpdate,
  PersonInput,
  PersonUpdate,
  ThemeInput,
  ThemeUpdate,
  WeekDayInput,
  WeekDayLinks,
  WeekDayUpdate,
} from './index.js';

const id = '00000000-0000-4000-8000-000000000001';

const updates = {
  MovementUpdate,
  OrganisationUpdate,
  ParticipationUpdate,
  ActionTeamUpdate,
  ThemeUpdate,
  KeywordUpdate,
  WeekDayUpdate,
  PersonUpdate,
};

// Issue 4: every edit carries the version it started from, so the database can refuse a
// stale one; a new record never brings one (it starts at 1).
describe('versioned updates', () => {
  it.each(Object.entries(updates))('%s refuses an edit without a version', (_name, schema) => {
    const result = schema.safeParse({ id });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['version']);
  });

  it.each(Object.entries(updates))('%s accepts the id and the version alone', (_name, schema) => {
    expect(schema.parse({ id, version: 3 })).toEqual({ id, version: 3 });
  });

  it('refuses a version below 1', () => {
    expect(ThemeUpdate.safeParse({ id, version: 0 }).success).toBe(false);
  });

  it('leaves the version out of what a coordinator fills in for a new record', () => {
    for (const input of [
      MovementInput,
      OrganisationInput,
      ParticipationInput,
      ActionTeamInput,
      ThemeInput,
      KeywordInput,
      WeekDayInput,
      PersonInput,
    ]) {
      expect(Object.keys(input.shape)).not.toContain('version');
    }
  });

  it('sets the links of a week day with the version they were based on', () => {
    const links = { id, recordingUrl: 'https://video.example/maandag', reportUrl: null };
    expect(WeekDayLinks.safeParse(links).success).toBe(false);
    expect(WeekDayLinks.parse({ ...links, version: 2 })).toEqual({ ...links, version: 2 });
  });
});
