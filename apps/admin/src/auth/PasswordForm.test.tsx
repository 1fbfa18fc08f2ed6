import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PasswordForm } from './PasswordForm';

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

function errorOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return document.getElementById(ids.at(-1) ?? '')?.textContent ?? '';
}

describe('PasswordForm', () => {
  it('sends the current and the new password once both new ones are the same', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <PasswordForm
        currentLabel="Huidig wachtwoord"
        pending={false}
        error={null}
        onSubmit={onSubmit}
      />,
    );
    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'oud wachtwoord');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'fiets regen koffie lamp');
    await user.type(
      screen.getByLabelText('Herhaal het nieuwe wachtwoord'),
      'fiets regen koffie lam',
    );
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const repeat = screen.getByLabelText('Herhaal het nieuwe wachtwoord');
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(repeat)).toContain('De twee nieuwe wachtwoorden zijn niet gelijk.');
    expect(document.activeElement).toBe(repeat);

    await user.type(repeat, 'p');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(onSubmit).toHaveBeenCalledWith({
      currentPassword: 'oud wachtwoord',
      newPassword: 'fiets regen koffie lamp',
    });
  });

  it('shows the server’s verdicts next to the fields they are about', () => {
    const { rerender } = render(
      <PasswordForm
        currentLabel="Huidig wachtwoord"
        pending={false}
        onSubmit={() => undefined}
        error={trpcError('Dit wachtwoord is te makkelijk te raden.', {
          code: 'BAD_REQUEST',
          domainCode: 'PASSWORD.TOO_WEAK',
        })}
      />,
    );
    expect(errorOf(screen.getByLabelText('Nieuw wachtwoord'))).toContain(
      'Dit wachtwoord is te makkelijk te raden.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <PasswordForm
        currentLabel="Huidig wachtwoord"
        pending={false}
        onSubmit={() => undefined}
        error={trpcError('Je huidige wachtwoord klopt niet.', {
          code: 'BAD_REQUEST',
          domainCode: 'PASSWORD.CURRENT_INVALID',
        })}
      />,
    );
    expect(errorOf(screen.getByLabelText('Huidig wachtwoord'))).toContain(
      'Je huidige wachtwoord klopt niet.',
    );
  });

  it('puts a refusal about the link itself above the button', () => {
    render(
      <PasswordForm
        pending={false}
        onSubmit={() => undefined}
        error={trpcError('Deze link werkt niet meer.', {
          code: 'BAD_REQUEST',
          domainCode: 'PASSWORD_RESET.LINK_INVALID',
        })}
      />,
    );
    expect(screen.queryByLabelText('Huidig wachtwoord')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Deze link werkt niet meer.');
  });
});
