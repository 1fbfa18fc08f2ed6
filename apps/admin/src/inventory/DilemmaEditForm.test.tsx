import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { texts } from '../texts';
import { DilemmaEditForm } from './DilemmaEditForm';

const NAMED = 'Mevrouw De Vries op kamer 12 wil elke dag alleen naar de markt.';

describe('DilemmaEditForm', () => {
  it('warns while the text names a client, and sends the reworded text with its kop', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(
      <DilemmaEditForm
        initial={{ kop: null, text: NAMED, followUpQuestions: ['Wie haalt haar op?'] }}
        busy={false}
        error={null}
        onSave={onSave}
        onCancel={vi.fn()}
      />,
    );
    // Addressed to the coordinator who reads someone else's text, not to its writer.
    expect(
      screen.getByText(
        /^Deze tekst noemt misschien een cliënt \(„Mevrouw De Vries”, „kamer 12”\)\./,
      ),
    ).toBeTruthy();
    const text = screen.getByLabelText(texts.inventory.fields.text);
    await user.clear(text);
    await user.type(text, 'Een bewoonster wil elke dag alleen naar de markt.');
    expect(screen.queryByText(/noemt misschien een cliënt/)).toBeNull();
    await user.type(screen.getByLabelText(/^Kop/), 'Alleen naar de markt');
    await user.click(screen.getByRole('button', { name: texts.inventory.edit.save }));
    expect(onSave).toHaveBeenCalledWith({
      kop: 'Alleen naar de markt',
      text: 'Een bewoonster wil elke dag alleen naar de markt.',
      followUpQuestions: ['Wie haalt haar op?'],
    });
  });

  it('sends an empty kop as none', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(
      <DilemmaEditForm
        initial={{ kop: 'Oude kop', text: 'Een vraag over open deuren.', followUpQuestions: [] }}
        busy={false}
        error={null}
        onSave={onSave}
        onCancel={vi.fn()}
      />,
    );
    await user.clear(screen.getByLabelText(/^Kop/));
    await user.click(screen.getByRole('button', { name: texts.inventory.edit.save }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ kop: null }));
  });
});
