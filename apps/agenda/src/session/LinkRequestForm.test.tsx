import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { texts } from '../texts';
import { LinkRequestForm } from './LinkRequestForm';

function apiError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

async function requestFor(email: string, onRequest: (email: string) => Promise<unknown>) {
  const user = userEvent.setup();
  const view = render(<LinkRequestForm onRequest={onRequest} />);
  await user.type(screen.getByLabelText(texts.linkForm.email), email);
  await user.click(screen.getByRole('button', { name: texts.linkForm.submit }));
  return view;
}

describe('LinkRequestForm', () => {
  it('sends the normalised address and confirms with the fixed sentence', async () => {
    const onRequest = vi.fn().mockResolvedValue({ ok: true });
    await requestFor('  Iemand@Zorg-Voorbeeld.NL ', onRequest);
    expect(onRequest).toHaveBeenCalledWith('iemand@zorg-voorbeeld.nl');
    expect((await screen.findByRole('status')).textContent).toBe(texts.linkForm.confirmation);
  });

  it('says exactly the same for an address that is not eligible', async () => {
    const eligible = await requestFor('a@zorg.nl', vi.fn().mockResolvedValue({ sent: true }));
    const first = (await screen.findByRole('status')).textContent;
    eligible.unmount();
    await requestFor('b@elders.example', vi.fn().mockResolvedValue({ sent: false }));
    expect((await screen.findByRole('status')).textContent).toBe(first);
  });

  it('never shows anything the server answers, such as a link', async () => {
    const { container } = await requestFor(
      'a@zorg.nl',
      vi.fn().mockResolvedValue({ link: 'https://zoom.example/j/geheim' }),
    );
    await screen.findByRole('status');
    expect(container.innerHTML).not.toContain('zoom.example');
  });

  it('shows an API field error next to the field, linked for screen readers', async () => {
    await requestFor(
      'a@zorg.nl',
      vi.fn().mockRejectedValue(
        apiError('Niet alle velden zijn goed ingevuld.', {
          code: 'BAD_REQUEST',
          fieldErrors: { email: 'Dit e-mailadres kunnen we niet gebruiken.' },
        }),
      ),
    );
    const input = screen.getByLabelText(texts.linkForm.email);
    const error = await screen.findByText('Dit e-mailadres kunnen we niet gebruiken.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.closest('p')?.id ?? '?');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('checks the address before sending, with the domain’s Dutch message', async () => {
    const onRequest = vi.fn();
    await requestFor('geen-adres', onRequest);
    expect(onRequest).not.toHaveBeenCalled();
    expect(screen.getByText('Vul een geldig e-mailadres in.')).toBeTruthy();
  });

  it('shows a refusal without a field (too many attempts) above the button', async () => {
    await requestFor(
      'a@zorg.nl',
      vi.fn().mockRejectedValue(
        apiError('Te veel pogingen. Probeer het over een paar minuten opnieuw.', {
          code: 'TOO_MANY_REQUESTS',
          fieldErrors: {},
        }),
      ),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Te veel pogingen');
    expect(screen.getByLabelText(texts.linkForm.email).getAttribute('aria-invalid')).toBeNull();
  });
});
