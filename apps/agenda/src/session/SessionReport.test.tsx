import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { texts } from '../texts';
import { SessionReport } from './SessionReport';

describe('SessionReport', () => {
  it('links to the report by its title, under a heading a jump link can reach', () => {
    render(
      <SessionReport
        report={{ slug: 'korte-jamsessies-vrijheid', title: 'Korte Jamsessies Vrijheid' }}
      />,
    );
    const section = screen.getByRole('region', { name: texts.session.reportTitle });
    expect(section.id).toBe('verslag');
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('/verslagen/korte-jamsessies-vrijheid');
    expect(link.textContent).toBe('Lees het verslag: Korte Jamsessies Vrijheid');
  });
});
