import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddDilemmaForm } from './AddDilemmaForm';

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

describe('AddDilemmaForm', () => {
  it('sends the question with follow-up questions, one per line, and clears after success', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn(() => Promise.resolve(true));
    render(<AddDilemmaForm busy={false} error={null} onAdd={onAdd} />);
    await user.type(
      screen.getByLabelText('Vraag of dilemma'),
      'Hoe gaan jullie om met weerstand van mantelzorgers?',
    );
    await user.type(screen.getByLabelText(/Vervolgvragen/), 'Wie praat met familie?{Enter}{Enter}');
    await user.type(screen.getByLabelText(/Naam van de inbrenger/), 'Sam');
    await user.selectOptions(screen.getByLabelText('Toestemming voor het verslag'), 'te citeren');
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    expect(onAdd).toHaveBeenCalledWith({
      text: 'Hoe gaan jullie om met weerstand van mantelzorgers?',
      followUpQuestions: ['Wie praat met familie?'],
      ownerName: 'Sam',
      ownerEmail: null,
      consent: 'quotable',
    });
    expect(screen.getByLabelText<HTMLTextAreaElement>('Vraag of dilemma').value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('De vraag is toegevoegd.');
  });

  it('shows the server’s messages next to the text and the e-mail address', () => {
    render(
      <AddDilemmaForm
        busy={false}
        onAdd={() => Promise.resolve(false)}
        error={trpcError('Niet alle velden zijn goed ingevuld.', {
          code: 'BAD_REQUEST',
          fieldErrors: {
            text: 'Beschrijf je vraag of dilemma in minstens 10 tekens.',
            ownerEmail: 'Vul een geldig e-mailadres in.',
          },
        })}
      />,
    );
    const text = screen.getByLabelText('Vraag of dilemma');
    expect(text.getAttribute('aria-invalid')).toBe('true');
    const errorId = (text.getAttribute('aria-describedby') ?? '').split(' ').pop() ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain('minstens 10 tekens');
    const email = screen.getByLabelText(/E-mailadres van de inbrenger/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
  });
});
