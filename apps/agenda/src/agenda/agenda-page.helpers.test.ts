import { describe, expect, it } from 'vitest';
import { noFilters } from './agenda-filters';
import { agendaHeading, seriesOptions } from './agenda-page.helpers';

const vvlg = { slug: 'jamsessies-vvlg', title: 'Jamsessies Vrijheid en veiligheid' };
const ggz = { slug: 'jamsessies-ggz', title: 'Jamsessies langdurige ggz' };

describe('seriesOptions', () => {
  it('offers every series, in the order given', () => {
    expect(seriesOptions([ggz, vvlg], null)).toEqual([ggz, vvlg]);
    expect(seriesOptions([ggz, vvlg], 'jamsessies-vvlg')).toEqual([ggz, vvlg]);
  });

  it('keeps an unknown chosen series so the select shows what the address says', () => {
    expect(seriesOptions([vvlg], 'oude-reeks')).toEqual([
      vvlg,
      { slug: 'oude-reeks', title: 'oude-reeks' },
    ]);
  });
});

describe('agendaHeading', () => {
  it('names the period', () => {
    expect(agendaHeading(noFilters)).toBe('Agenda');
    expect(agendaHeading({ ...noFilters, past: true })).toBe('Eerdere activiteiten');
    expect(agendaHeading({ ...noFilters, year: 2025 })).toBe('Agenda 2025');
  });
});
