import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorState } from './ErrorState';
import { Field } from './Field';
import { FormErrorSummary } from './FormErrorSummary';
import { LoadingState } from './LoadingState';

describe('ErrorState', () => {
  it('is an alert with a heading at the level the context asks', () => {
    render(
      <ErrorState
        title="Dit lukte niet"
        message="Geen verbinding."
        retryLabel="Opnieuw"
        headingLevel={3}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Geen verbinding.');
    expect(screen.getByRole('heading', { level: 3, name: 'Dit lukte niet' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a retry when it can', async () => {
    const onRetry = vi.fn();
    render(
      <ErrorState title="Dit lukte niet" message="x" retryLabel="Opnieuw" onRetry={onRetry} />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opnieuw' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('LoadingState', () => {
  it('tells screen readers it is busy and draws a title and the blocks', () => {
    const { container } = render(<LoadingState label="Bezig met laden…" lines={2} />);
    expect(screen.getByRole('status').textContent).toBe('Bezig met laden…');
    expect(container.querySelectorAll('.skeleton--title')).toHaveLength(1);
    expect(container.querySelectorAll('.skeleton--card')).toHaveLength(2);
  });
});

describe('Field', () => {
  it('labels the control and ties hint and error to it', () => {
    render(
      <Field
        id="titel"
        label="Titel"
        hint="Kort"
        error="Vul een titel in."
        optionalText="optioneel"
      >
        <input />
      </Field>,
    );
    const input = screen.getByLabelText(/Titel/);
    expect(screen.getByText('(optioneel)', { exact: false })).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBe('titel-hint titel-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('titel-error')?.textContent).toContain('Vul een titel in.');
  });

  it('says nothing about optional without the word, and keeps a live region for a warning', () => {
    const { rerender, container } = render(
      <Field id="vraag" label="Vraag" warning={null}>
        <textarea />
      </Field>,
    );
    expect(container.textContent).not.toContain('(');
    expect(container.querySelector('[aria-live="polite"]')).not.toBeNull();
    rerender(
      <Field id="vraag" label="Vraag" warning="Noem geen namen.">
        <textarea />
      </Field>,
    );
    expect(screen.getByLabelText('Vraag').getAttribute('aria-describedby')).toBe('vraag-warning');
  });

  it('adds no live region to a field that cannot warn', () => {
    const { container } = render(
      <Field id="naam" label="Naam">
        <input />
      </Field>,
    );
    expect(container.querySelector('[aria-live]')).toBeNull();
    expect(screen.getByLabelText('Naam').getAttribute('aria-describedby')).toBeNull();
  });
});

describe('FormErrorSummary', () => {
  it('shows nothing without messages, one message as is, several under the title', () => {
    const { container, rerender } = render(
      <FormErrorSummary messages={[]} summaryTitle="Niet alles:" />,
    );
    expect(container.innerHTML).toBe('');
    rerender(<FormErrorSummary messages={['Eén']} summaryTitle="Niet alles:" />);
    expect(screen.getByRole('alert').textContent).toBe('Eén');
    rerender(<FormErrorSummary messages={['Eén', 'Twee']} summaryTitle="Niet alles:" />);
    expect(screen.getByRole('alert').textContent).toBe('Niet alles:EénTwee');
  });

  it('offers to load the newest version after a stale edit', async () => {
    const onReload = vi.fn();
    render(
      <FormErrorSummary
        messages={['Iemand anders was je voor.']}
        summaryTitle="Niet alles:"
        onReload={onReload}
        reloadLabel="Nieuwste versie laden"
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
