import type { Session } from '@jamsessie/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SessionForm } from './SessionForm';

const session: Session = {
  id: '11111111-1111-4111-8111-111111111111',
  slug: 'jamsessie-2-februari-2026',
  kind: 'jam_session',
  seriesId: null,
  programmeItemId: null,
  title: 'Jamsessie Open deuren',
  description: '',
  themeIds: [],
  movementIds: [],
  startsAt: '2026-02-02T12:00:00.000Z',
  endsAt: '2026-02-02T13:00:00.000Z',
  online: true,
  location: null,
  status: 'planned',
  cancellationReason: null,
  meetingLink: null,
  sequence: 0,
  version: 2,
};

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

function renderForm(props: Partial<Parameters<typeof SessionForm>[0]> = {}) {
  const onSave = vi.fn();
  const onReload = vi.fn();
  render(
    <SessionForm
      session={session}
      themes={[{ id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', label: 'Open deuren' }]}
      saving={false}
      error={null}
      savedMessage={null}
      onSave={onSave}
      onReload={onReload}
      {...props}
    />,
  );
  return { onSave, onReload };
}

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('SessionForm', () => {
  it('sends the changed title with the version it loaded', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Jamsessie Thuis');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(onSave).toHaveBeenCalledWith({ id: session.id, version: 2, title: 'Jamsessie Thuis' });
  });

  it('shows the server’s field errors next to their fields', () => {
    renderForm({
      error: trpcError('Niet alle velden zijn goed ingevuld.', {
        code: 'BAD_REQUEST',
        fieldErrors: {
          title: 'Vul een titel in.',
          endsAt: 'De eindtijd moet na de begintijd liggen.',
        },
      }),
    });
    const title = screen.getByLabelText('Titel');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(title)).toContain('Vul een titel in.');
    const end = screen.getByLabelText('Eindtijd');
    expect(describedText(end)).toContain('De eindtijd moet na de begintijd liggen.');
    expect(screen.getByRole('alert').textContent).toContain('Niet alle velden');
  });

  it('refuses a missing date in the browser, next to the field', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.clear(screen.getByLabelText('Datum'));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(describedText(screen.getByLabelText('Datum'))).toContain('Kies een datum.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('explains a stale edit and offers the newest version', async () => {
    const user = userEvent.setup();
    const { onReload } = renderForm({
      error: trpcError('Iemand anders heeft dit intussen gewijzigd.', {
        code: 'CONFLICT',
        domainCode: 'CONFLICT.STALE_VERSION',
      }),
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Iemand anders heeft dit intussen gewijzigd/);
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('locks a cancelled session', () => {
    renderForm({ session: { ...session, status: 'cancelled', cancellationReason: 'Feestdag' } });
    expect(screen.getByLabelText<HTMLInputElement>('Titel').disabled).toBe(true);
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Wijzigingen opslaan' }).disabled,
    ).toBe(true);
  });
});
