import { describe, expect, it } from 'vitest';
import { err, ok } from './result.js';

describe('result', () => {
  it('wraps a value', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
  });
  it('carries a code, a Dutch message and details', () => {
    const r = err('SERIES.LINK_NOT_PUBLIC', 'De link is niet openbaar.', { seriesId: 's1' });
    expect(r.ok).toBe(false);
    expect(r.error).toEqual({
      code: 'SERIES.LINK_NOT_PUBLIC',
      message: 'De link is niet openbaar.',
      details: { seriesId: 's1' },
    });
  });
  it('leaves details out when there are none', () => {
    expect(err('X.Y', 'z').error).not.toHaveProperty('details');
  });
});
