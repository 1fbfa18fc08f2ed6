import type { Session } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { checkSessionDraft, sessionChanges, sessionDraftOf } from './session-form';

const session: Session = {
  id: '11111111-1111-4111-8111-111111111111',
  slug: 'jamsessie-3-maart-2025',
  kind: 'jam_session',
  seriesId: null,
  programmeItemId: null,
  title: 'Jamsessie Open deuren',
  description: 'Over open deuren.',
  themeIds: ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
  movementIds: [],
  startsAt: '2025-03-03T12:00:00.000Z',
  endsAt: '2025-03-03T13:00:00.000Z',
  online: true,
  location: null,
  status: 'planned',
  cancellationReason: null,
  meetingLink: null,
  sequence: 0,
  version: 4,
};

describe('session form', () => {
  it('shows the instants as Amsterdam wall-clock times', () => {
    expect(sessionDraftOf(session)).toMatchObject({
      date: '2025-03-03',
      startTime: '13:00',
      endTime: '14:00',
      location: '',
    });
  });

  it('sends only what changed, always with the loaded version', () => {
    const draft = { ...sessionDraftOf(session), title: 'Jamsessie Open deuren (extra)' };
    expect(sessionChanges(session, draft)).toEqual({
      id: session.id,
      version: 4,
      title: 'Jamsessie Open deuren (extra)',
    });
    expect(sessionChanges(session, sessionDraftOf(session))).toEqual({
      id: session.id,
      version: 4,
    });
  });

  it('converts new times across the summer-time change', () => {
    const draft = { ...sessionDraftOf(session), date: '2025-04-07' };
    expect(sessionChanges(session, draft)).toMatchObject({
      startsAt: '2025-04-07T11:00:00.000Z',
      endsAt: '2025-04-07T12:00:00.000Z',
    });
  });

  it('sends an emptied location as null and theme changes as a list', () => {
    const withPlace = { ...session, location: 'Utrecht' };
    const draft = { ...sessionDraftOf(withPlace), location: '  ', themeIds: [] };
    expect(sessionChanges(withPlace, draft)).toMatchObject({ location: null, themeIds: [] });
  });

  it('finds a missing date or time before sending', () => {
    const messages = { date: 'Kies een datum.', time: 'Vul een tijd in.' };
    expect(
      checkSessionDraft({ ...sessionDraftOf(session), date: '', endTime: '' }, messages),
    ).toEqual({ date: 'Kies een datum.', endTime: 'Vul een tijd in.' });
  });
});
