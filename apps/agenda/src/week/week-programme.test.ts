import { describe, expect, it } from 'vitest';
import { programmeItem } from '../test/fixtures';
import { peopleByRole, programmeBlocks } from './week-programme';

const plenary = programmeItem({ id: 'p', kind: 'plenary', startsAt: '2021-11-01T08:30:00.000Z' });
const a = programmeItem({
  id: 'a',
  kind: 'inspiration_session',
  startsAt: '2021-11-01T10:00:00.000Z',
});
const b = programmeItem({
  id: 'b',
  kind: 'inspiration_session',
  startsAt: '2021-11-01T10:00:00.000Z',
});
const c = programmeItem({
  id: 'c',
  kind: 'inspiration_session',
  startsAt: '2021-11-01T13:00:00.000Z',
});
const local = programmeItem({ id: 'l', kind: 'local_programme' });
const show = programmeItem({
  id: 's',
  kind: 'late_night_show',
  startsAt: '2021-11-01T19:00:00.000Z',
});

describe('programmeBlocks', () => {
  it('puts inspiration sessions at the same time side by side and leaves local programmes out', () => {
    const blocks = programmeBlocks([plenary, a, b, local, c, show]);
    expect(
      blocks.map((block) =>
        block.kind === 'parallel' ? block.items.map((i) => i.id) : block.item.id,
      ),
    ).toEqual(['p', ['a', 'b'], 'c', 's']);
  });
});

describe('peopleByRole', () => {
  it('collects host, guests and speakers in order', () => {
    const byRole = peopleByRole([
      { personName: 'Presentator Een', role: 'host', organisationId: null, organisationName: null },
      { personName: 'Gast Een', role: 'guest', organisationId: null, organisationName: null },
      { personName: 'Gast Twee', role: 'guest', organisationId: null, organisationName: null },
    ]);
    expect(byRole.host.map((p) => p.name)).toEqual(['Presentator Een']);
    expect(byRole.guest.map((p) => p.name)).toEqual(['Gast Een', 'Gast Twee']);
    expect(byRole.speaker).toEqual([]);
  });

  it('keeps the organisation a person comes from', () => {
    const querido = '00000000-0000-4000-8000-0000000000aa';
    expect(
      peopleByRole([
        {
          personName: 'Gast Een',
          role: 'guest',
          organisationId: querido,
          organisationName: 'HVO-Querido',
        },
        {
          personName: 'Spreker Een',
          role: 'speaker',
          organisationId: null,
          organisationName: null,
        },
      ]),
    ).toEqual({
      host: [],
      guest: [{ name: 'Gast Een', organisation: 'HVO-Querido' }],
      speaker: [{ name: 'Spreker Een', organisation: null }],
    });
  });
});
