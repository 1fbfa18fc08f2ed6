import { describe, expect, it } from 'vitest';
import { noFilters } from '../agenda/agenda-filters';
import { agendaListInputs } from './agenda.queries';

describe('agendaListInputs', () => {
  it('asks for the coming sessions by default', () => {
    expect(agendaListInputs(noFilters, 1)).toEqual([{ when: 'upcoming', page: 1, pageSize: 50 }]);
  });

  it('asks for both halves of a year, in one go', () => {
    expect(agendaListInputs({ ...noFilters, year: 2025, theme: 'open-deuren' }, 1)).toEqual([
      { theme: 'open-deuren', year: 2025, when: 'past', page: 1, pageSize: 50 },
      { theme: 'open-deuren', year: 2025, when: 'upcoming', page: 1, pageSize: 50 },
    ]);
  });

  it('maps the kinds onto the API and needs no sessions for local programmes', () => {
    expect(agendaListInputs({ ...noFilters, kind: 'jamsessie' }, 1)[0]?.kind).toBe('jam_session');
    expect(agendaListInputs({ ...noFilters, kind: 'inspiratieweek' }, 1)[0]?.kind).toBe(
      'week_item',
    );
    expect(agendaListInputs({ ...noFilters, kind: 'lokaal' }, 1)).toEqual([]);
  });

  it('loads further pages of the past', () => {
    expect(
      agendaListInputs({ ...noFilters, past: true, series: 'jamsessies-vvlg' }, 2).map((i) => [
        i.when,
        i.page,
      ]),
    ).toEqual([
      ['past', 1],
      ['past', 2],
    ]);
  });
});
