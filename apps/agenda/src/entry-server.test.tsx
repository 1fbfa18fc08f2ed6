import { describe, expect, it } from 'vitest';
import type { AgendaListOutput } from './api/api-types';
import type { InitialQuery } from './api/initial-data';
import { renderFirstView } from './entry-server';
import { edition, sessionEntry, themes } from './test/fixtures';

const firstPage = { when: 'upcoming', pageSize: 50, page: 1 };
const origin = 'https://agenda.example';

function queriesWith(items: AgendaListOutput['items']): InitialQuery[] {
  const list: AgendaListOutput = {
    items,
    total: items.length,
    page: 1,
    pageSize: 50,
    pageCount: 1,
  };
  return [
    { path: 'catalogue.themes', data: themes },
    { path: 'catalogue.movements', data: [] },
    { path: 'catalogue.series', data: [] },
    { path: 'week.editions', data: [edition()] },
    { path: 'agenda.list', input: firstPage, data: list },
  ];
}

describe('renderFirstView (the server-rendered first view)', () => {
  it('renders the agenda rows from the embedded answers, with Amsterdam times', () => {
    const html = renderFirstView(
      { origin, pathname: '/', search: '' },
      queriesWith([
        sessionEntry({
          slug: 'jamsessie-7-april-2025',
          title: 'Jamsessie: Open deuren',
          startsAt: '2025-04-07T11:00:00.000Z',
          endsAt: '2025-04-07T12:00:00.000Z',
          status: 'planned',
        }),
      ]),
    );
    expect(html).toContain('<h1>Agenda</h1>');
    expect(html).toContain('href="/agenda/jamsessie-7-april-2025"');
    expect(html).toContain('maandag 7 april 2025, 13.00–14.00 uur');
    // Feed addresses use the origin it was given: there is no window on the server.
    expect(html).toContain('webcal://agenda.example/agenda.ics');
  });

  it('shows the loading state, not rows, for data it was not given', () => {
    const html = renderFirstView({ origin, pathname: '/', search: '' }, []);
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('class="agenda-list"');
  });

  it('escapes what the data contains', () => {
    const html = renderFirstView(
      { origin, pathname: '/', search: '' },
      queriesWith([sessionEntry({ slug: 'x', title: '<img src=x onerror=alert(1)>' })]),
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
