import { findClientNameHitsInFields } from '@jamsessie/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ClientNameHits } from './ClientNameHits';

const hits = findClientNameHitsInFields([
  {
    field: 'sections.0.dilemmaText',
    label: 'Vraag 1, tekst van de vraag',
    text: 'Mevrouw De Vries op kamer 12 wil naar de markt.',
  },
]);

describe('ClientNameHits', () => {
  it('lists each hit with its field and kind, and marks one by its key', async () => {
    const user = userEvent.setup();
    const onClear = vi.fn();
    render(<ClientNameHits hits={hits} busy={false} onClear={onClear} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain(
      'Vraag 1, tekst van de vraag: naam met aanspreekvorm „Mevrouw De Vries”',
    );
    expect(items[1]).toContain('kamernummer „kamer 12”');
    await user.click(screen.getByRole('button', { name: '„kamer 12” is geen cliëntgegeven' }));
    expect(onClear).toHaveBeenCalledWith(hits[1]!.key);
  });

  it('shows nothing when there are no hits', () => {
    const { container } = render(<ClientNameHits hits={[]} busy={false} onClear={vi.fn()} />);
    expect(container.textContent).toBe('');
  });
});
