import { describe, expect, it } from 'vitest';
import { texts } from '../texts';
import { formProblem, noProblem } from './form-problem';

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

describe('formProblem', () => {
  it('puts field messages next to their fields and the rest in the summary', () => {
    const problem = formProblem(
      trpcError('Niet alle velden zijn goed ingevuld.', {
        code: 'BAD_REQUEST',
        fieldErrors: {
          title: 'Vul een titel in.',
          'roles.1.personName': 'Vul een naam in.',
          id: 'Ongeldig.',
        },
      }),
      ['title', 'roles'],
    );
    expect(problem.fields).toEqual({ title: 'Vul een titel in.', roles: 'Vul een naam in.' });
    expect(problem.summary).toEqual(['Niet alle velden zijn goed ingevuld.', 'Ongeldig.']);
    expect(problem.conflict).toBe(false);
  });

  it('turns a version conflict into the one clear conflict message', () => {
    const problem = formProblem(
      trpcError('Version mismatch', { code: 'CONFLICT', domainCode: 'SESSION.VERSION_CONFLICT' }),
      ['title'],
    );
    expect(problem.conflict).toBe(true);
    expect(problem.summary).toEqual([texts.common.conflict]);
    expect(problem.summary[0]).toMatch(/^Iemand anders heeft dit intussen gewijzigd/);
  });

  it('keeps the server’s message for a duplicate, which is no stale edit', () => {
    const problem = formProblem(
      trpcError('Dit e-mailadres heeft al een account.', {
        code: 'CONFLICT',
        domainCode: 'CONFLICT.DUPLICATE',
      }),
      ['email'],
    );
    expect(problem.conflict).toBe(false);
    expect(problem.summary).toEqual(['Dit e-mailadres heeft al een account.']);
  });

  it('explains a network failure and returns no problem for no error', () => {
    expect(formProblem(new TypeError('Failed to fetch'), []).summary).toEqual([
      texts.common.networkError,
    ]);
    expect(formProblem(null, [])).toBe(noProblem);
  });
});
