import { describe, expect, it } from 'vitest';
import { retryUnlessRefused } from './api-client';

const withStatus = (httpStatus: number) => ({ data: { httpStatus } });

describe('retryUnlessRefused', () => {
  it('never retries what the server refused', () => {
    expect([400, 401, 404, 429].map((s) => retryUnlessRefused(0, withStatus(s)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('retries network and server failures twice', () => {
    expect(retryUnlessRefused(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retryUnlessRefused(1, withStatus(503))).toBe(true);
    expect(retryUnlessRefused(2, withStatus(503))).toBe(false);
  });
});
