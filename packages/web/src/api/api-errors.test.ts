import { describe, expect, it } from 'vitest';
import {
  isConflict,
  isNotFound,
  isUnauthorized,
  readApiError,
  splitFieldErrors,
} from './api-errors';

const texts = { unknownError: 'Onbekend.', networkError: 'Geen verbinding.' };
const withConflict = { ...texts, conflict: 'Iemand anders was je voor.' };

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

describe('readApiError', () => {
  it('keeps the server’s Dutch message, field errors and domain code', () => {
    const problem = readApiError(
      trpcError('Niet alle velden zijn goed ingevuld.', {
        code: 'BAD_REQUEST',
        fieldErrors: { email: 'Vul een geldig e-mailadres in.', empty: '' },
        domainCode: 'REPORT.CONSENT_MISSING',
        domainDetails: { quote: 2 },
      }),
      texts,
    );
    expect(problem).toEqual({
      message: 'Niet alle velden zijn goed ingevuld.',
      fieldErrors: { email: 'Vul een geldig e-mailadres in.' },
      code: 'BAD_REQUEST',
      domainCode: 'REPORT.CONSENT_MISSING',
      domainDetails: { quote: 2 },
    });
  });

  it('explains a network failure and a non-error with the app’s sentences', () => {
    expect(readApiError(new TypeError('Failed to fetch'), texts).message).toBe('Geen verbinding.');
    expect(readApiError('boom', texts).message).toBe('Onbekend.');
    expect(readApiError(trpcError(' ', { code: 'INTERNAL_SERVER_ERROR' }), texts).message).toBe(
      'Onbekend.',
    );
  });

  it('gives a stale edit the one conflict sentence, but not a taken name', () => {
    const stale = trpcError('Versie 3 is verouderd', { code: 'CONFLICT' });
    const taken = trpcError('Deze slug is al in gebruik.', {
      code: 'CONFLICT',
      domainCode: 'SERIES.SLUG_TAKEN',
    });
    expect(readApiError(stale, withConflict).message).toBe('Iemand anders was je voor.');
    expect(readApiError(taken, withConflict).message).toBe('Deze slug is al in gebruik.');
    expect(readApiError(stale, texts).message).toBe('Versie 3 is verouderd');
    expect([isConflict(stale), isConflict(taken), isConflict('x')]).toEqual([true, false, false]);
  });

  it('recognises a missing page and a missing sign-in', () => {
    expect(isNotFound(trpcError('Niet gevonden.', { code: 'NOT_FOUND' }))).toBe(true);
    expect(isNotFound(trpcError('Fout', { code: 'INTERNAL_SERVER_ERROR' }))).toBe(false);
    expect(isUnauthorized(trpcError('Log in.', { code: 'UNAUTHORIZED' }))).toBe(true);
    expect(isUnauthorized(new Error('offline'))).toBe(false);
  });
});

describe('splitFieldErrors', () => {
  it('maps server paths onto form fields and keeps the rest for the summary', () => {
    expect(
      splitFieldErrors(
        { ownerEmail: 'Ongeldig adres', 'followUpQuestions.1': 'Te lang', sessionId: 'Onbekend' },
        ['email', 'followUpQuestions'],
        { ownerEmail: 'email' },
      ),
    ).toEqual({
      fields: { email: 'Ongeldig adres', followUpQuestions: 'Te lang' },
      rest: ['Onbekend'],
    });
  });

  it('prefers a full path the form knows over the field it lies under', () => {
    expect(
      splitFieldErrors(
        { 'recurrence.startTime': 'Kies een tijd', 'roles.2.personName': 'Vul een naam in' },
        ['recurrence', 'recurrence.startTime', 'roles'],
      ),
    ).toEqual({
      fields: { 'recurrence.startTime': 'Kies een tijd', roles: 'Vul een naam in' },
      rest: [],
    });
  });

  it('keeps the first message of a field', () => {
    expect(splitFieldErrors({ 'roles.0': 'Eerste', 'roles.1': 'Tweede' }, ['roles'])).toEqual({
      fields: { roles: 'Eerste' },
      rest: [],
    });
  });
});
