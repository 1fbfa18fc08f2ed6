import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ParticipantsForm } from './ParticipantsForm';

const sessionId = '11111111-1111-4111-8111-111111111111';
const org = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'De Zorgboog',
  emailDomains: ['zorgboog.example'],
  participating: true,
};
const formerOrg = {
  id: '33333333-3333-4333-8333-333333333333',
  name: 'Aan de Brug',
  emailDomains: ['brug.example'],
  participating: false,
};
const noor = {
  id: '44444444-4444-4444-8444-444444444444',
  displayName: 'Noor Visser',
  email: 'noor@zorgboog.example',
  organisationId: org.id,
  organisationName: org.name,
  broughtDilemmaHere: true,
  attended: 0,
};

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

function renderForm(props: Partial<Parameters<typeof ParticipantsForm>[0]> = {}) {
  const onSave = vi.fn();
  const view = render(
    <ParticipantsForm
      sessionId={sessionId}
      people={[noor]}
      organisations={[org, formerOrg]}
      saving={false}
      error={null}
      savedMessage={null}
      onSave={onSave}
      {...props}
    />,
  );
  return { onSave, ...view };
}

function row(n: number) {
  return within(screen.getByRole('group', { name: `Deelnemer ${n}` }));
}

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('ParticipantsForm', () => {
  it('records two people, each with their own choice, sharing unticked by default', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.type(row(1).getByLabelText('Naam'), 'Fenna');
    await user.type(row(1).getByLabelText(/E-mailadres/), 'Fenna@Zorg.example');
    await user.selectOptions(row(1).getByLabelText(/Organisatie/), org.id);
    await user.click(row(1).getByRole('checkbox', { name: /deelt e-mailadres/ }));
    await user.click(screen.getByRole('button', { name: 'Nog een deelnemer' }));
    const second = row(2).getByRole<HTMLInputElement>('checkbox', { name: /deelt e-mailadres/ });
    expect(second.checked).toBe(false);
    await user.type(row(2).getByLabelText('Naam'), 'Joost');
    await user.type(row(2).getByLabelText(/E-mailadres/), 'joost@zorg.example');
    await user.click(screen.getByRole('button', { name: 'Deelnemers opslaan' }));
    expect(onSave).toHaveBeenCalledWith({
      sessionId,
      participants: [
        {
          displayName: 'Fenna',
          email: 'fenna@zorg.example',
          organisationId: org.id,
          sharesContact: true,
        },
        {
          displayName: 'Joost',
          email: 'joost@zorg.example',
          organisationId: null,
          sharesContact: false,
        },
      ],
    });
  });

  it('refuses a wrong address in the browser, next to the field, and sends nothing', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.type(row(1).getByLabelText('Naam'), 'Fenna');
    await user.type(row(1).getByLabelText(/E-mailadres/), 'geen-adres');
    await user.click(screen.getByRole('button', { name: 'Deelnemers opslaan' }));
    const email = row(1).getByLabelText(/E-mailadres/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(email)).toContain('Vul een geldig e-mailadres in.');
    expect(document.activeElement).toBe(email);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says that someone must be filled in when the form is empty', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Deelnemers opslaan' }));
    expect(screen.getByRole('alert').textContent).toContain('Vul minstens één deelnemer in.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the server’s field message at the row it belongs to, skipping empty rows', async () => {
    const user = userEvent.setup();
    const { onSave, rerender } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Nog een deelnemer' }));
    await user.click(screen.getByRole('button', { name: 'Nog een deelnemer' }));
    await user.type(row(1).getByLabelText('Naam'), 'Fenna');
    await user.type(row(3).getByLabelText('Naam'), 'Joost');
    await user.click(screen.getByRole('button', { name: 'Deelnemers opslaan' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    rerender(
      <ParticipantsForm
        sessionId={sessionId}
        people={[noor]}
        organisations={[org, formerOrg]}
        saving={false}
        error={trpcError('Niet alle velden zijn goed ingevuld.', {
          code: 'BAD_REQUEST',
          fieldErrors: { 'participants.1.displayName': 'Een naam is hoogstens 120 tekens.' },
        })}
        savedMessage={null}
        onSave={onSave}
      />,
    );
    const name = row(3).getByLabelText('Naam');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(name)).toContain('Een naam is hoogstens 120 tekens.');
    expect(row(1).getByLabelText('Naam').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Niet alle velden');
  });

  it('explains a refusal of the whole session in the summary', () => {
    renderForm({
      error: trpcError('Deze sessie ging niet door: er zijn geen deelnemers.', {
        code: 'BAD_REQUEST',
        domainCode: 'SESSION.CANCELLED',
      }),
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Deze sessie ging niet door: er zijn geen deelnemers.',
    );
  });

  it('picks a known person from the type-ahead by keyboard and sends them by id', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    const name = row(1).getByRole('combobox', { name: 'Naam' });
    await user.type(name, 'noo');
    expect(name.getAttribute('aria-expanded')).toBe('true');
    const option = screen.getByRole('option', { name: /Noor Visser/ });
    expect(option.textContent).toContain('bracht een vraag in voor deze sessie');
    await user.keyboard('{ArrowDown}');
    expect(name.getAttribute('aria-activedescendant')).toBe(option.id);
    await user.keyboard('{Enter}');
    expect((name as HTMLInputElement).value).toBe('Noor Visser');
    expect(row(1).getByLabelText<HTMLInputElement>(/E-mailadres/).value).toBe(noor.email);
    await user.click(screen.getByRole('button', { name: 'Deelnemers opslaan' }));
    expect(onSave).toHaveBeenCalledWith({
      sessionId,
      participants: [{ personId: noor.id, sharesContact: false }],
    });
  });

  it('guesses a new person’s organisation from the address until one is chosen by hand', async () => {
    const user = userEvent.setup();
    renderForm();
    const organisation = row(1).getByLabelText<HTMLSelectElement>(/Organisatie/);
    await user.type(row(1).getByLabelText('Naam'), 'Fenna');
    await user.type(row(1).getByLabelText(/E-mailadres/), 'fenna@Zorgboog.example');
    expect(organisation.value).toBe(org.id);
    expect(describedText(organisation)).toContain('op grond van het e-mailadres');
    await user.selectOptions(organisation, formerOrg.id);
    await user.type(row(1).getByLabelText(/E-mailadres/), 'x');
    expect(organisation.value).toBe(formerOrg.id);
  });

  it('offers the participating organisations first, the others in a group of their own', () => {
    renderForm();
    const groups = row(1)
      .getAllByRole('group')
      .filter((g) => g.tagName === 'OPTGROUP');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual([
      'Deelnemende organisaties',
      'Andere organisaties',
    ]);
    expect(
      within(groups[0]!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['De Zorgboog']);
  });
});
