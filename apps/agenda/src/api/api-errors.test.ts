import { describe, expect, it } from 'vitest';
import { texts } from '../texts';
import { isNotFound, readApiError, splitFieldErrors } from './api-errors';

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

describe('readApiError', () => {
  it('keeps the server’s Dutch message and field errors', () => {
    const problem = readApiError(
      trpcError('Niet alle velden zijn goed ingevuld.', {
        code: 'BAD_REQUEST',
        fieldErrors: { email: 'Vul een geldig e-mailadres in.', empty: '' },
      }),
    );
    expect(problem).toEqual({
      message: 'Niet alle velden zijn goed ingevuld.',
      fieldErrors: { email: 'Vul een geldig e-mailadres in.' },
      code: 'BAD_REQUEST',
    });
  });

  it('explains a network failure in Dutch', () => {
    expect(readApiError(new TypeError('Failed to fetch')).message).toBe(texts.common.networkError);
  });

  it('never shows a non-error', () => {
    expect(readApiError('boom').message).toBe(texts.common.unknownError);
  });

  it('recognises a missing page', () => {
    expect(isNotFound(trpcError('Niet gevonden.', { code: 'NOT_FOUND' }))).toBe(true);
    expect(isNotFound(trpcError('Fout', { code: 'INTERNAL_SERVER_ERROR' }))).toBe(false);
  });
});

describe('splitFieldErrors', () => {
  it('maps server paths onto form fields and keeps the rest for the summary', () => {
    expect(
      splitFieldErrors(
        { ownerEmail: 'Ongeldig adres', 'followUpQuestions.1': 'Te lang', sessionId: 'Onbekend' },
        { ownerEmail: 'email' },
        ['email', 'followUpQuestions'],
      ),
    ).toEqual({
      fields: { email: 'Ongeldig adres', followUpQuestions: 'Te lang' },
      rest: ['Onbekend'],
    });
  });
});
