import { describe, expect, it } from 'vitest';
import { clientNameWarning, emptyDraft, toDilemmaInput } from './dilemma-form';

const sessionId = '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f';

describe('toDilemmaInput', () => {
  it('makes a private dilemma by default, without name or e-mail', () => {
    const result = toDilemmaInput(sessionId, {
      ...emptyDraft,
      text: 'Hoe gaan jullie om met weerstand van mantelzorgers?',
    });
    expect(result).toEqual({
      ok: true,
      input: {
        sessionId,
        text: 'Hoe gaan jullie om met weerstand van mantelzorgers?',
        followUpQuestions: [],
        ownerName: null,
        ownerEmail: null,
        consent: 'private',
        nadien: false,
      },
    });
  });

  it('splits follow-up questions per line and keeps the chosen consent', () => {
    const result = toDilemmaInput(sessionId, {
      ...emptyDraft,
      text: 'Wie haalt een bewoner op die buiten het hek loopt?',
      followUp: 'Wat doet familie?\n\n  En de buurt?  ',
      email: ' Iemand@Zorg.NL ',
      consent: 'quotable',
    });
    expect(result.ok && result.input).toMatchObject({
      followUpQuestions: ['Wat doet familie?', 'En de buurt?'],
      ownerEmail: 'iemand@zorg.nl',
      consent: 'quotable',
    });
  });

  it('reports Dutch messages under the form’s own field names', () => {
    const result = toDilemmaInput(sessionId, { ...emptyDraft, text: 'kort', email: 'geen-adres' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.text).toBe('Beschrijf je vraag of dilemma in minstens 10 tekens.');
    expect(result.fieldErrors.email).toBe('Vul een geldig e-mailadres in.');
  });
});

describe('clientNameWarning', () => {
  it('warns when the text seems to name a client', () => {
    expect(
      clientNameWarning({ text: 'Meneer Jansen op kamer 12 wil naar buiten.', followUp: '' }),
    ).toMatch(/Meneer Jansen/);
  });

  it('also looks at the follow-up questions', () => {
    expect(
      clientNameWarning({ text: 'Een vraag over open deuren.', followUp: 'Mag mw. De Vries mee?' }),
    ).not.toBeNull();
  });

  it('stays quiet for ordinary Dutch', () => {
    expect(
      clientNameWarning({
        text: 'Een meneer die buiten loopt, steeds hetzelfde rondje.',
        followUp: '',
      }),
    ).toBeNull();
  });
});
