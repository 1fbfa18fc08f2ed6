import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { texts } from '../texts';
import { organisationDraftOf } from './organisation-form';
import { OrganisationForm } from './OrganisationForm';

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

const initial = {
  ...organisationDraftOf(null),
  name: 'Zorggroep De Linde',
  slug: 'zorggroep-de-linde',
  slugTouched: true,
};

function renderForm(error: unknown) {
  const onSubmit = vi.fn();
  const onReload = vi.fn();
  render(
    <OrganisationForm
      initial={initial}
      submitLabel="Opslaan"
      busy={false}
      error={error}
      onSubmit={onSubmit}
      onReload={onReload}
    />,
  );
  return { onSubmit, onReload };
}

describe('OrganisationForm', () => {
  it('shows a stale edit as the conflict sentence with a button that loads the newest version', async () => {
    const user = userEvent.setup();
    const { onReload } = renderForm(
      trpcError(
        'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.',
        {
          code: 'CONFLICT',
          domainCode: 'CONFLICT.STALE_VERSION',
        },
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain(texts.common.conflict);
    await user.click(screen.getByRole('button', { name: texts.common.reloadLatest }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('shows a taken web address as the server says it, without a reload button', () => {
    renderForm(
      trpcError('Dit bestaat al: kies een andere naam of webadres.', {
        code: 'CONFLICT',
        domainCode: 'CONFLICT.DUPLICATE',
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('Dit bestaat al');
    expect(screen.queryByRole('button', { name: texts.common.reloadLatest })).toBeNull();
  });

  it('submits the fields as typed', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(null);
    await user.type(screen.getByLabelText(/Plaats/), 'Tilburg');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(onSubmit).toHaveBeenCalledWith({ ...initial, city: 'Tilburg' });
  });
});
