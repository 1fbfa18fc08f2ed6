import type { WeekDay } from '@jamsessie/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { texts } from '../texts';
import { DayLinksForm } from './DayLinksForm';

const day: WeekDay = {
  id: '55555555-5555-4555-8555-555555555555',
  editionId: '66666666-6666-4666-8666-666666666666',
  date: '2022-11-07',
  sector: 'zorg',
  title: 'Maandag: zorg in verpleeghuizen en thuis',
  summary: '',
  recordingUrl: null,
  reportUrl: 'https://verslag.example/maandag',
  version: 3,
};

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

function renderForm(error: unknown = null) {
  const onSave = vi.fn();
  const onReload = vi.fn();
  render(<DayLinksForm day={day} busy={false} error={error} onSave={onSave} onReload={onReload} />);
  return { onSave, onReload };
}

describe('DayLinksForm', () => {
  it('sends the links with the version of the day it shows; an emptied link becomes null', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.type(screen.getByLabelText(/Opname/), ' https://video.example/maandag ');
    await user.clear(screen.getByLabelText(/Uitgebreid verslag/));
    await user.click(screen.getByRole('button', { name: texts.week.saveLinks }));
    expect(onSave).toHaveBeenCalledWith({
      id: day.id,
      version: 3,
      recordingUrl: 'https://video.example/maandag',
      reportUrl: null,
    });
  });

  it('shows a stale save as a conflict with a button that loads the newest version', async () => {
    const user = userEvent.setup();
    const { onReload } = renderForm(
      trpcError('Iemand anders heeft dit intussen gewijzigd.', {
        code: 'CONFLICT',
        domainCode: 'CONFLICT.STALE_VERSION',
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain(texts.common.conflict);
    await user.click(screen.getByRole('button', { name: texts.common.reloadLatest }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('shows a refused link next to its field', () => {
    renderForm(
      trpcError('Niet alle velden zijn goed ingevuld.', {
        code: 'BAD_REQUEST',
        fieldErrors: { recordingUrl: 'Vul een webadres in dat begint met https://.' },
      }),
    );
    expect(screen.getByText('Vul een webadres in dat begint met https://.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
