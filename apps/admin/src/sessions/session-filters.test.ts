import { describe, expect, it } from 'vitest';
import { readSessionFilters, sessionFiltersQuery } from './session-filters';

describe('session filters in the URL', () => {
  it('read what is there and default the rest', () => {
    expect(readSessionFilters('?jaar=2026&status=held&q=open&pagina=3', 2025)).toEqual({
      year: 2026,
      status: 'held',
      q: 'open',
      page: 3,
    });
    expect(readSessionFilters('?jaar=abc&status=weird&pagina=-1', 2025)).toEqual({
      year: 2025,
      status: null,
      q: '',
      page: 1,
    });
  });

  it('round-trip and leave out defaults', () => {
    const filters = { year: 2027, status: 'planned' as const, q: ' deur ', page: 2 };
    const query = sessionFiltersQuery(filters, 2026);
    expect(query).toBe('?jaar=2027&status=planned&q=deur&pagina=2');
    expect(readSessionFilters(query, 2026)).toEqual({ ...filters, q: 'deur' });
    expect(sessionFiltersQuery({ year: 2026, status: null, q: '', page: 1 }, 2026)).toBe('');
  });
});
