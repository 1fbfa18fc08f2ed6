import { describe, expect, it } from 'vitest';
import { noFilters } from '../agenda/agenda-filters';
import { agendaListInputs } from './agenda.queries';

describe('agendaListInputs', () => {
  it('asks for the coming sessions by default', () => {
    expect(agendaListInputs(noFilters, 1)).toEqual([{ when: 'upcoming', page: 1, pageSize: 50 }]);
  });

  it('asks for a whole year in one request', () => {
    expect(agendaListInputs({ ...noFilters, year: 2025, theme: 'open-deuren' }, 1)).toEqual([
      { theme: 'open-deuren', year: 2025, page: 1, pageSize: 50 },
    ]);
  });

  it('maps the kinds onto the API, local programmes included', () => {
    const kindOf = (kind: 'jamsessie' | 'inspiratieweek' | 'lokaal') => {
      const [input] = agendaListInputs({ ...noFilters, kind }, 1);
      return [input?.kind, input?.programmeKind];
    };
    expect(kindOf('jamsessie')).toEqual(['jam_session', undefined]);
    expect(kindOf('inspiratieweek')).toEqual(['week_item', undefined]);
    expect(kindOf('lokaal')).toEqual(['week_item', 'local_programme']);
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
