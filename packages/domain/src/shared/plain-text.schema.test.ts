import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DilemmaInput, DilemmaText, FollowUpQuestions } from '../dilemma/dilemma.schema.js';
import {
  BROKEN_CHARACTER_MESSAGE,
  Email,
  NUL_CHARACTER_MESSAGE,
  SearchQuery,
  hasNoNulCharacter,
  isWellFormedText,
  optionalText,
  plainText,
  requiredText,
} from './primitives.schema.js';

const NUL = '\u0000';
const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('free text refuses the NUL character (PostgreSQL cannot store it)', () => {
  it.each([
    ['requiredText', requiredText(200), `Open${NUL}deuren`],
    ['optionalText', optionalText(5000), `Een beschrijving ${NUL}`],
    ['optionalText (only NUL)', optionalText(5000), NUL],
    ['SearchQuery', SearchQuery, `deur${NUL}`],
    ['DilemmaText', DilemmaText, `Hoe gaan jullie om met ${NUL} weerstand van mantelzorgers?`],
    ['plainText', plainText('Vul iets in.'), `${NUL}`],
  ])('%s says so once, in Dutch', (_, schema, value) => {
    expect(messages(schema, value)).toEqual([NUL_CHARACTER_MESSAGE]);
  });

  it('refuses it inside lists and optional form fields too', () => {
    expect(messages(FollowUpQuestions, ['Wie haalt een bewoner op?', `Wie${NUL}?`])).toEqual([
      NUL_CHARACTER_MESSAGE,
    ]);
    const form = DilemmaInput.safeParse({
      sessionId: '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f',
      text: 'Hoe gaan jullie om met weerstand van mantelzorgers?',
      ownerName: `Fenna${NUL}`,
    });
    expect(form.error?.issues).toEqual([
      expect.objectContaining({ path: ['ownerName'], message: NUL_CHARACTER_MESSAGE }),
    ]);
  });

  it('refuses it in e-mail addresses (as an invalid address)', () => {
    expect(messages(Email, `iemand${NUL}@zorg.nl`)).toEqual(['Vul een geldig e-mailadres in.']);
  });

  it('keeps every other character, control and emoji included', () => {
    const text = 'Regel één\tmet tab\r\nen 😀 \u0007 \u202e tekens';
    expect(requiredText(200).parse(text)).toBe(text);
    expect(SearchQuery.parse('  "open deur" -hek ')).toBe('"open deur" -hek');
    expect(hasNoNulCharacter(text)).toBe(true);
    expect(hasNoNulCharacter(`a${NUL}b`)).toBe(false);
  });

  it('keeps the other rules and their messages', () => {
    expect(messages(requiredText(5), '   ')).toEqual(['Dit veld mag niet leeg zijn.']);
    expect(messages(requiredText(5), 'zes tekens')).toEqual(['Gebruik hoogstens 5 tekens.']);
    expect(messages(SearchQuery, 'x'.repeat(201))).toEqual(['Gebruik hoogstens 200 tekens.']);
    expect(messages(requiredText(5), 42)).toEqual(['Dit veld is verplicht.']);
  });
});

describe('lone surrogates (broken characters)', () => {
  it('refuses half a surrogate pair with a Dutch message and keeps whole pairs', () => {
    expect(isWellFormedText('emoji 🙂')).toBe(true);
    expect(isWellFormedText('a\uD800b')).toBe(false);
    expect(isWellFormedText('a\uDC00')).toBe(false);
    const refused = requiredText(100).safeParse('Een vraag met \uD800 erin');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(BROKEN_CHARACTER_MESSAGE);
    expect(requiredText(100).parse('Een vraag 🙂')).toBe('Een vraag 🙂');
  });
});
