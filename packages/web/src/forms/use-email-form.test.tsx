import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readApiError } from '../api/api-errors';
import { type EmailFormCheck, useEmailForm } from './use-email-form';

const texts = { unknownError: 'Onbekend.', networkError: 'Geen verbinding.' };

function checkAddress(email: string): EmailFormCheck<string> {
  const address = email.trim().toLowerCase();
  return address.includes('@')
    ? { success: true, data: address }
    : { success: false, error: { issues: [{ path: [], message: 'Vul een e-mailadres in.' }] } };
}

function Form({
  send,
  check = checkAddress,
}: {
  send: (email: string) => Promise<unknown>;
  check?: typeof checkAddress;
}) {
  const form = useEmailForm({ check, send, readProblem: (e) => readApiError(e, texts) });
  if (form.state.phase === 'sent') return <p role="status">Kijk in je mail.</p>;
  return (
    <form noValidate onSubmit={form.submit}>
      <label htmlFor="e">E-mail</label>
      <input
        id="e"
        ref={form.inputRef}
        value={form.email}
        onChange={(e) => form.setEmail(e.target.value)}
      />
      <p data-testid="field">{form.state.fieldError}</p>
      <p data-testid="summary">{form.state.summary.join('|')}</p>
      <button type="submit" disabled={form.state.phase === 'sending'}>
        Verstuur
      </button>
    </form>
  );
}

async function submit(
  address: string,
  send: (email: string) => Promise<unknown>,
  check?: typeof checkAddress,
) {
  const user = userEvent.setup();
  render(<Form send={send} check={check} />);
  if (address) await user.type(screen.getByLabelText('E-mail'), address);
  await user.click(screen.getByRole('button', { name: 'Verstuur' }));
}

const apiError = (message: string, data: Record<string, unknown>) =>
  Object.assign(new Error(message), { data });

describe('useEmailForm', () => {
  it('sends the checked value and then says it is sent', async () => {
    const send = vi.fn().mockResolvedValue({ link: 'geheim' });
    await submit(' A@Zorg.NL ', send);
    expect(send).toHaveBeenCalledWith('a@zorg.nl');
    expect((await screen.findByRole('status')).textContent).toBe('Kijk in je mail.');
  });

  it('refuses locally without sending, with the focus on the address', async () => {
    const send = vi.fn();
    await submit('geen-adres', send);
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('field').textContent).toBe('Vul een e-mailadres in.');
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail'));
  });

  it('puts a refusal of another part into the summary', async () => {
    const check = (): EmailFormCheck<string> => ({
      success: false,
      error: { issues: [{ path: ['target'], message: 'Kies iets om te volgen.' }] },
    });
    await submit('a@zorg.nl', vi.fn(), check);
    expect(screen.getByTestId('field').textContent).toBe('');
    expect(screen.getByTestId('summary').textContent).toBe('Kies iets om te volgen.');
  });

  it('shows the API’s complaint about the address under the field', async () => {
    const send = vi.fn().mockRejectedValue(
      apiError('Niet goed ingevuld.', {
        code: 'BAD_REQUEST',
        fieldErrors: { email: 'Onbruikbaar adres.' },
      }),
    );
    await submit('a@zorg.nl', send);
    expect(await screen.findByText('Onbruikbaar adres.')).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('');
  });

  it('shows any other failure in the summary', async () => {
    await submit('a@zorg.nl', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await screen.findByText('Geen verbinding.')).toBeTruthy();
    expect(screen.getByTestId('field').textContent).toBe('');
  });
});
