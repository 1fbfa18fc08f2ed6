import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_ERROR_CODES,
  NOT_FOUND_ENTITIES,
  notFoundCode,
  type DomainErrorCode,
} from '@jamsessie/domain';
import { DomainFailure, toTRPCError, trpcCodeFor, trpcCodes, unwrap } from './errors.js';

describe('trpcCodes', () => {
  const allCodes: DomainErrorCode[] = [
    ...DOMAIN_ERROR_CODES,
    ...NOT_FOUND_ENTITIES.map(notFoundCode),
  ];

  it('answers every domain code, and nothing else', () => {
    // Type level: `satisfies Record<DomainErrorCode, …>` in errors.ts; this is the runtime half.
    expect(Object.keys(trpcCodes).sort()).toEqual([...allCodes].sort());
  });

  it('maps every missing record to NOT_FOUND and nothing else', () => {
    for (const code of allCodes) {
      expect(trpcCodeFor(code) === 'NOT_FOUND', code).toBe(code.endsWith('.NOT_FOUND'));
    }
  });

  it('maps the input problems to BAD_REQUEST and the conflicts to CONFLICT', () => {
    const badRequest = allCodes.filter((code) => trpcCodeFor(code) === 'BAD_REQUEST');
    expect(badRequest).toContain('PASSWORD.TOO_WEAK');
    expect(badRequest).toContain('PROTOCOL.INVALID_EVENT');
    expect(badRequest).not.toContain('REPORT.CONSENT_MISSING');
    expect(allCodes.filter((code) => trpcCodeFor(code) === 'CONFLICT').sort()).toEqual([
      'CONFLICT.DUPLICATE',
      'CONFLICT.STALE_VERSION',
      'CONSENT.TEXT_CHANGED',
      'SESSION.VERSION_CONFLICT',
    ]);
  });
});

describe('trpcCodeFor', () => {
  it.each([
    ['SESSION.NOT_FOUND', 'NOT_FOUND'],
    ['CONFLICT.STALE_VERSION', 'CONFLICT'],
    ['CONFLICT.DUPLICATE', 'CONFLICT'],
    ['RATE_LIMITED', 'TOO_MANY_REQUESTS'],
    ['AUTH.INVALID_CREDENTIALS', 'UNAUTHORIZED'],
    ['ATTENDANCE.NOT_FOUND', 'NOT_FOUND'],
    ['AUTH.FORBIDDEN', 'FORBIDDEN'],
    ['AUTH.PASSWORD_CHANGE_REQUIRED', 'FORBIDDEN'],
    ['VALIDATION.INVALID', 'BAD_REQUEST'],
    ['REPORT.CLIENT_HIT_NOT_FOUND', 'PRECONDITION_FAILED'],
    ['DILEMMA.SESSION_CLOSED', 'PRECONDITION_FAILED'],
    ['AUTH.LOGIN_REQUIRED', 'UNAUTHORIZED'],
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
