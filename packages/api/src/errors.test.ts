import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DomainFailure, toTRPCError, trpcCodeFor, unwrap } from './errors.js';

describe('trpcCodeFor', () => {
  it.each([
    ['SESSION.NOT_FOUND', 'NOT_FOUND'],
    ['CONFLICT.STALE_VERSION', 'CONFLICT'],
    ['CONFLICT.DUPLICATE', 'CONFLICT'],
    ['RATE_LIMITED', 'TOO_MANY_REQUESTS'],
    ['AUTH.INVALID_CREDENTIALS', 'UNAUTHORIZED'],
    ['AUTH.FORBIDDEN', 'FORBIDDEN'],
    ['AUTH.PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN'],
    ['VALIDATION.INVALID', 'BAD_REQUEST'],
    ['SERIES.INVALID', 'BAD_REQUEST'],
    ['SESSION.INVALID_TIMES', 'BAD_REQUEST'],
    ['REPORT.CONSENT_MISSING', 'PRECONDITION_FAILED'],
    ['SESSION.ALREADY_HELD', 'PRECONDITION_FAILED'],
  ] as const)('maps %s to %s', (domainCode, expected) => {
    expect(trpcCodeFor(domainCode)).toBe(expected);
  });
});

describe('toTRPCError', () => {
  it('keeps the Dutch message and carries the domain error as cause', () => {
    const error = toTRPCError({
      code: 'REPORT.CONSENT_MISSING',
      message: 'Er ontbreekt toestemming.',
      details: { quotes: ['q1'] },
    });
    expect(error).toBeInstanceOf(TRPCError);
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toBe('Er ontbreekt toestemming.');
    expect(error.cause).toBeInstanceOf(DomainFailure);
    expect((error.cause as DomainFailure).code).toBe('REPORT.CONSENT_MISSING');
    expect((error.cause as DomainFailure).details).toEqual({ quotes: ['q1'] });
  });

  it('unwrap returns the value or throws the mapped error', () => {
    expect(unwrap({ ok: true, value: 5 })).toBe(5);
    expect(() =>
      unwrap({ ok: false, error: { code: 'SESSION.NOT_FOUND', message: 'Niet gevonden.' } }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as Error);
  });
});
