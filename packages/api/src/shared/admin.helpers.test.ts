import { describe, expect, it } from 'vitest';
import { canonicalJson, changedKeys, expectVersion, givenFields, saved } from './admin.helpers.js';
import { STALE_EDIT_MESSAGE } from '@jamsessie/domain';

describe('admin helpers', () => {
  it('turns a stale write into CONFLICT with the agreed Dutch sentence', () => {
    const stale = {
      ok: false as const,
      error: {
        code: 'CONFLICT.STALE_VERSION' as const,
        message: 'Iets anders.',
        details: { id: 'x' },
      },
    };
    expect(() => saved(stale)).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', message: STALE_EDIT_MESSAGE }) as Error,
    );
    expect(saved({ ok: true, value: 42 })).toBe(42);
  });

  it('keeps other refusals as the domain said them', () => {
    const duplicate = {
      ok: false as const,
      error: { code: 'CONFLICT.DUPLICATE' as const, message: 'Dit bestaat al.' },
    };
    expect(() => saved(duplicate)).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', message: 'Dit bestaat al.' }) as Error,
    );
  });

  it('refuses an edit based on another version', () => {
    expect(() => expectVersion('session', { id: 'a', version: 3 }, 2)).toThrowError(
      STALE_EDIT_MESSAGE,
    );
    expect(() => expectVersion('session', { id: 'a', version: 3 }, 3)).not.toThrow();
  });

  it('drops absent fields of a partial update, keeping null and false', () => {
    expect(
      givenFields({ title: 'Nieuw', description: undefined, location: null, online: false }),
    ).toEqual({
      title: 'Nieuw',
      location: null,
      online: false,
    });
  });

  it('compares values regardless of key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(
      canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }),
    );
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(changedKeys({ a: 1, b: { x: 1, y: 2 } }, { a: 2, b: { y: 2, x: 1 } })).toEqual(['a']);
  });
});
