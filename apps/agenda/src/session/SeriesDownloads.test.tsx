import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeriesDownloads } from './SeriesDownloads';

describe('SeriesDownloads', () => {
  it('offers the schedule of the session’s year and says which year it holds', () => {
    render(
      <SeriesDownloads
        seriesSlug="jamsessies-vvlg"
        seriesTitle="Jamsessies Vrijheid en veiligheid"
        year={2026}
        documents={[{ kind: 'schedule', title: 'Jamsessies VVLG 2025' }]}
      />,
    );
    const link = screen.getByRole('link', { name: /data en thema’s/ });
    expect(link.getAttribute('href')).toBe('/downloads/reeks/jamsessies-vvlg/schema.pdf?jaar=2026');
    expect(link.textContent).toContain('Jamsessies Vrijheid en veiligheid 2026: data en thema’s');
    expect(screen.queryByText('Jamsessies VVLG 2025')).toBeNull();
  });

  it('keeps the series’ own title when it names the year shown', () => {
    render(
      <SeriesDownloads
        seriesSlug="jamsessies-vvlg"
        seriesTitle="Jamsessies Vrijheid en veiligheid"
        year={2025}
        documents={[{ kind: 'schedule', title: 'Jamsessies VVLG 2025' }]}
      />,
    );
    const link = screen.getByRole('link', { name: /Jamsessies VVLG 2025/ });
    expect(link.getAttribute('href')).toBe('/downloads/reeks/jamsessies-vvlg/schema.pdf?jaar=2025');
  });
});
