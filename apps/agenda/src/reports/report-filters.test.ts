import { describe, expect, it } from 'vitest';
import {
  noReportFilters,
  parseReportFilters,
  reportListInput,
  serializeReportFilters,
} from './report-filters';

describe('report filters in the URL', () => {
  it('reads search, theme, keyword and page', () => {
    expect(
      parseReportFilters('?zoek=open+deuren&thema=open-deuren&trefwoord=buurtbewoners&pagina=2'),
    ).toEqual({
      q: 'open deuren',
      theme: 'open-deuren',
      keyword: 'buurtbewoners',
      page: 2,
    });
  });

  it('ignores malformed values', () => {
    expect(parseReportFilters('?thema=Niet%20goed!&pagina=-3&trefwoord=')).toEqual(noReportFilters);
  });

  it('round-trips and leaves out what is not set', () => {
    const filters = { q: 'hek', theme: null, keyword: 'naasten', page: 1 };
    expect(serializeReportFilters(filters)).toBe('?zoek=hek&trefwoord=naasten');
    expect(parseReportFilters(serializeReportFilters(filters))).toEqual(filters);
    expect(serializeReportFilters(noReportFilters)).toBe('');
  });

  it('builds the API input with only the set filters', () => {
    expect(reportListInput({ ...noReportFilters, theme: 'open-deuren' })).toEqual({
      theme: 'open-deuren',
      page: 1,
      pageSize: 20,
    });
    expect(reportListInput({ ...noReportFilters, q: 'fiets' })).toMatchObject({ q: 'fiets' });
  });
});
