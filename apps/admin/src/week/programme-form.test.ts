import { describe, expect, it } from 'vitest';
import { itemDraftOf, itemInputOf } from './programme-form';

const day = { id: '11111111-1111-4111-8111-111111111111', date: '2022-11-07' };

describe('programme item form', () => {
  it('puts the times on the day in Amsterdam time and leaves empty roles out', () => {
    const draft = {
      ...itemDraftOf(null),
      kind: 'late_night_show' as const,
      title: 'RV Late Nightshow',
      startTime: '20:00',
      endTime: '21:00',
      roles: [
        { personName: 'Presentator Een', role: 'host' as const, organisationId: '' },
        { personName: ' ', role: 'guest' as const, organisationId: '' },
      ],
    };
    const input = itemInputOf(draft, day);
    expect(input.startsAt).toBe('2022-11-07T19:00:00.000Z');
    expect(input.endsAt).toBe('2022-11-07T20:00:00.000Z');
    expect(input.roles).toEqual([
      { personName: 'Presentator Een', role: 'host', organisationId: null },
    ]);
    expect(input.proposalStatus).toBe('accepted');
  });

  it('proposes a programme at an organisation’s own location', () => {
    const input = itemInputOf({ ...itemDraftOf(null), kind: 'local_programme' }, day);
    expect(input.proposalStatus).toBe('proposed');
  });

  it('reads an existing item back into the form', () => {
    const draft = itemDraftOf({
      ...itemInputOf({ ...itemDraftOf(null), title: 'Plenaire start', startTime: '09:30' }, day),
      id: '22222222-2222-4222-8222-222222222222',
      version: 1,
    });
    expect(draft).toMatchObject({ title: 'Plenaire start', startTime: '09:30', endTime: '11:00' });
  });
});
