import { describe, expect, it } from 'vitest';
import { seriesDocumentTitle } from './series.labels.js';

describe('seriesDocumentTitle', () => {
  const seriesTitle = 'Jamsessies VVLG';

  it('keeps an own title without a year, or naming the year shown', () => {
    expect(
      seriesDocumentTitle('schedule', { seriesTitle, ownTitle: 'Ons schema', year: 2026 }),
    ).toBe('Ons schema');
    expect(
      seriesDocumentTitle('schedule', { seriesTitle, ownTitle: 'Schema 2026', year: 2026 }),
    ).toBe('Schema 2026');
  });

  it('never labels one year’s schedule with another year', () => {
    expect(
      seriesDocumentTitle('schedule', {
        seriesTitle,
        ownTitle: 'Jamsessies VVLG 2025',
        year: 2026,
      }),
    ).toBe('Jamsessies VVLG 2026: data en thema’s');
  });

  it('makes a title from the series when it has none', () => {
    expect(seriesDocumentTitle('description', { seriesTitle })).toBe(
      'Beschrijving Jamsessies VVLG',
    );
    expect(seriesDocumentTitle('invitation', { seriesTitle, ownTitle: null })).toBe(
      'Uitnodiging Jamsessies VVLG',
    );
  });
});
