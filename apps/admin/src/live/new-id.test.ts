import { Id } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { newId } from './new-id';

describe('newId', () => {
  it('makes distinct ids the domain accepts', () => {
    const a = newId();
    const b = newId();
    expect(Id.safeParse(a).success).toBe(true);
    expect(a).not.toBe(b);
  });
});
