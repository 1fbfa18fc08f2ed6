import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { texts } from '../texts';
import { DilemmaForm } from './DilemmaForm';

const sessionId = '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f';
const question = 'Hoe gaan jullie om met weerstand van mantelzorgers bij open deuren?';

describe('DilemmaForm', () => {
  it('starts private and sends a private dilemma when nothing is chosen', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue({});
    render(<DilemmaForm sessionId={sessionId} onSubmit={onSubmit} />);
    const privateOption = screen.getByRole('radio', { name: /Privé/ });
    expect((privateOption as HTMLInputElement).checked).toBe(true);
    expect(
      screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked),
    ).toHaveLength(1);

    await user.type(screen.getByLabelText(texts.dilemma.text), question);
    await user.click(screen.getByRole('button', { name: texts.dilemma.submit }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ sessionId, text: question, consent: 'private', ownerEmail: null }),
    );
    expect((await screen.findByRole('status')).textContent).toContain('privé');
  });

  it('sends the consent level the writer chooses', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue({});
    render(<DilemmaForm sessionId={sessionId} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText(texts.dilemma.text), question);
    await user.click(screen.getByRole('radio', { name: /Anoniem te delen/ }));
    await user.click(screen.getByRole('button', { name: texts.dilemma.submit }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ consent: 'shareable_anonymised' }),
    );
  });

  it('always warns not to name clients, and warns live when the text seems to', async () => {
    const user = userEvent.setup();
    render(<DilemmaForm sessionId={sessionId} onSubmit={vi.fn()} />);
    expect(screen.getByText(texts.dilemma.clientWarningTitle)).toBeTruthy();
    const field = screen.getByLabelText(texts.dilemma.text);
    expect(document.getElementById(`${field.id}-warning`)).toBeNull();

    await user.type(field, 'Mevrouw Bakker op kamer 12 wil elke dag naar buiten.');
    const live = document.getElementById(`${field.id}-warning`);
    expect(live?.textContent).toContain('Mevrouw Bakker');
    expect(field.getAttribute('aria-describedby')).toContain(`${field.id}-warning`);

    await user.clear(field);
    await user.type(field, 'Een bewoner wil elke dag naar buiten.');
    expect(document.getElementById(`${field.id}-warning`)).toBeNull();
  });

  it('does not send a text that is too short and says why next to the field', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<DilemmaForm sessionId={sessionId} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText(texts.dilemma.text), 'kort');
    await user.click(screen.getByRole('button', { name: texts.dilemma.submit }));
    expect(onSubmit).not.toHaveBeenCalled();
    const field = screen.getByLabelText(texts.dilemma.text);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${field.id}-error`)?.textContent).toContain(
      'minstens 10 tekens',
    );
    expect(document.activeElement).toBe(field);
  });

  it('shows the API’s field errors next to the fields they concern', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockRejectedValue(
      Object.assign(new Error('Niet alle velden zijn goed ingevuld.'), {
        data: {
          code: 'BAD_REQUEST',
          fieldErrors: {
            ownerEmail: 'Dit adres is niet bekend.',
            sessionId: 'Deze sessie is voorbij.',
          },
        },
      }),
    );
    render(<DilemmaForm sessionId={sessionId} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText(texts.dilemma.text), question);
    await user.type(screen.getByLabelText(/Je e-mailadres/), 'iemand@zorg.nl');
    await user.click(screen.getByRole('button', { name: texts.dilemma.submit }));
    const email = screen.getByLabelText(/Je e-mailadres/);
    expect(document.getElementById(`${email.id}-error`)?.textContent).toContain(
      'Dit adres is niet bekend.',
    );
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect((await screen.findByRole('alert')).textContent).toContain('Deze sessie is voorbij.');
  });

  it('stops the first send of a text that may name a client, and lets the writer change it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue({});
    render(<DilemmaForm sessionId={sessionId} onSubmit={onSubmit} />);
    const field = screen.getByLabelText(texts.dilemma.text);
    await user.type(field, 'Mevrouw De Vries op kamer 12 wil elke dag alleen naar de markt.');
    await user.click(screen.getByRole('button', { name: texts.dilemma.submit }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Mevrouw De Vries');
    expect(document.activeElement).toBe(field);

    await user.clear(field);
    await user.type(field, 'Een bewoner wil elke dag alleen naar de markt.');
    expect(screen.queryByRole('button', { name: texts.dilemma.sendAnyway })).toBeNull();
    await user.click(screen.getByRole('button', { name: texts.dilemma.submit }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Een bewoner wil elke dag alleen naar de markt.' }),
    );
  });

  it('sends the text unchanged when the writer chooses to after the hint', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue({});
    render(<DilemmaForm sessionId={sessionId} onSubmit={onSubmit} />);
    await user.type(
      screen.getByLabelText(texts.dilemma.text),
      'Wat doen we als meneer Jansen weigert?',
    );
    await user.click(screen.getByRole('button', { name: texts.dilemma.submit }));
    await user.click(screen.getByRole('button', { name: texts.dilemma.sendAnyway }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
