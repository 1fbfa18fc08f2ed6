import { subscriptionTexts } from '@jamsessie/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { texts } from '../texts';
import { MailSubscribeForm, type MailSubscribeChoice } from './MailSubscribeForm';

const choices: MailSubscribeChoice[] = [
  { target: { kind: 'series', slug: 'jamsessies-vvlg' }, label: 'De reeks ‘Jamsessies’' },
  { target: { kind: 'theme', slug: 'open-deuren' }, label: 'Het thema ‘Open deuren’' },
];

describe('MailSubscribeForm', () => {
  it('sends the normalised address with the chosen target and asks to confirm by mail', async () => {
    const user = userEvent.setup();
    const onSubscribe = vi.fn().mockResolvedValue({ status: 'check_your_mail' });
    render(<MailSubscribeForm choices={choices} onSubscribe={onSubscribe} />);
    await user.click(screen.getByLabelText('Het thema ‘Open deuren’'));
    await user.type(screen.getByLabelText(texts.mailSubscribe.email), ' Lezer@Zorg.Example ');
    await user.click(screen.getByRole('button', { name: texts.mailSubscribe.submit }));
    expect(onSubscribe).toHaveBeenCalledWith({
      email: 'lezer@zorg.example',
      target: { kind: 'theme', slug: 'open-deuren' },
    });
    expect((await screen.findByRole('status')).textContent).toBe(subscriptionTexts.checkYourMail);
  });

  it('shows a Dutch field error and sends nothing for a wrong address', async () => {
    const user = userEvent.setup();
    const onSubscribe = vi.fn();
    render(<MailSubscribeForm choices={choices} onSubscribe={onSubscribe} />);
    await user.type(screen.getByLabelText(texts.mailSubscribe.email), 'geen-adres');
    await user.click(screen.getByRole('button', { name: texts.mailSubscribe.submit }));
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText(texts.mailSubscribe.email));
    expect(document.body.textContent).toContain('Vul een geldig e-mailadres in.');
  });

  it('offers no choice when there is one thing to follow, and shows a refusal', async () => {
    const user = userEvent.setup();
    const onSubscribe = vi
      .fn()
      .mockRejectedValue(
        Object.assign(new Error('Te veel aanmeldingen. Probeer het later opnieuw.'), { data: {} }),
      );
    render(<MailSubscribeForm choices={choices.slice(0, 1)} onSubscribe={onSubscribe} />);
    expect(screen.queryByRole('radio')).toBeNull();
    await user.type(screen.getByLabelText(texts.mailSubscribe.email), 'a@zorg.example');
    await user.click(screen.getByRole('button', { name: texts.mailSubscribe.submit }));
    expect(
      await screen.findByText('Te veel aanmeldingen. Probeer het later opnieuw.'),
    ).toBeTruthy();
    expect(onSubscribe).toHaveBeenCalledWith({
      email: 'a@zorg.example',
      target: { kind: 'series', slug: 'jamsessies-vvlg' },
    });
  });
});
