import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { edition, sessionEntry, themes } from '../test/fixtures';
import { texts } from '../texts';
import type { AgendaItem } from './agenda-items';
import { AgendaList } from './AgendaList';

function sessionItem(overrides: Parameters<typeof sessionEntry>[0]): AgendaItem {
  const entry = sessionEntry(overrides);
  return { type: 'session', key: entry.id, startsAt: entry.startsAt, entry };
}

const march = sessionItem({
  id: 'm',
  slug: 'jamsessie-3-maart-2025',
  title: 'Jamsessie Open deuren',
  themeIds: [themes[0]!.id],
  startsAt: '2025-03-03T12:00:00.000Z',
  endsAt: '2025-03-03T13:00:00.000Z',
});
const april = sessionItem({ id: 'a' });
const cancelled = sessionItem({
  id: 'c',
  slug: 'jamsessie-5-mei-2025',
  title: 'Jamsessie mei',
  startsAt: '2025-05-05T11:00:00.000Z',
  endsAt: '2025-05-05T12:00:00.000Z',
  status: 'cancelled',
  cancellationReason: 'Bevrijdingsdag',
});

describe('AgendaList', () => {
  it('shows a heading per month with that month’s items under it', () => {
    render(<AgendaList items={[march, april, cancelled]} themes={themes} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['maart 2025', 'april 2025', 'mei 2025']);
    const aprilSection = screen.getByRole('region', { name: 'april 2025' });
    expect(within(aprilSection).getAllByRole('listitem')).toHaveLength(1);
    expect(within(aprilSection).getByRole('link').getAttribute('href')).toBe(
      '/agenda/jamsessie-7-april-2025',
    );
  });

  it('shows Dutch Amsterdam times, the online marker and theme labels', () => {
    render(<AgendaList items={[april, march]} themes={themes} />);
    expect(screen.getByText('maandag 7 april 2025, 13.00–14.00 uur')).toBeTruthy();
    expect(screen.getByText('maandag 3 maart 2025, 13.00–14.00 uur')).toBeTruthy();
    expect(screen.getAllByText(texts.common.online)).toHaveLength(2);
    expect(screen.getByText('Open deuren')).toBeTruthy();
  });

  it('marks a cancelled session with its reason', () => {
    render(<AgendaList items={[cancelled]} themes={themes} />);
    expect(screen.getByText(texts.common.cancelled)).toBeTruthy();
    expect(screen.getByText('Reden: Bevrijdingsdag')).toBeTruthy();
  });

  it('opens links in a new tab, and says so, when embedded', () => {
    const week = edition();
    render(
      <AgendaList
        items={[
          april,
          { type: 'edition', key: 'e', startsAt: '2021-10-31T23:00:00.000Z', edition: week },
        ]}
        themes={themes}
        linkTarget="newTab"
      />,
    );
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener');
      expect(link.textContent).toContain(texts.common.opensInNewTab);
    }
    expect(screen.getByText('1–5 november 2021', { exact: false })).toBeTruthy();
  });
});
