import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { programmeItem } from '../test/fixtures';
import { texts } from '../texts';
import { ProgrammeItemCard } from './ProgrammeItemCard';

const querido = '00000000-0000-4000-8000-0000000000aa';
const loc = '00000000-0000-4000-8000-0000000000bb';

describe('ProgrammeItemCard', () => {
  it('names every host and guest with the organisation they come from', () => {
    render(
      <ProgrammeItemCard
        item={programmeItem({
          kind: 'late_night_show',
          title: 'RV Late Nightshow',
          organisationName: null,
          roles: [
            {
              personName: 'Presentator Pim',
              role: 'host',
              organisationId: loc,
              organisationName: 'LOC Waardevolle zorg',
            },
            {
              personName: 'Gast Gerda',
              role: 'guest',
              organisationId: querido,
              organisationName: 'Mentrum (onderdeel van Arkin)',
            },
            {
              personName: 'Gast Geert',
              role: 'guest',
              organisationId: null,
              organisationName: null,
            },
          ],
        })}
      />,
    );
    const guests = screen.getByText(texts.week.guests).nextElementSibling as HTMLElement;
    expect(
      within(guests)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Gast Gerda, Mentrum (onderdeel van Arkin)', 'Gast Geert']);
    const hosts = screen.getByText(texts.week.hosts).nextElementSibling as HTMLElement;
    expect(hosts.textContent).toBe('Presentator Pim, LOC Waardevolle zorg');
  });
});
