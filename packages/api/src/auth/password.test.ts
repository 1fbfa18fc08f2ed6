import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('passwords', () => {
  it('are hashed with argon2id and verified', async () => {
    const stored = await hashPassword('een lang wachtwoord');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'een lang wachtwoord')).toBe(true);
    expect(await verifyPassword(stored, 'een ander wachtwoord')).toBe(false);
  });

  it('refuse an unknown account and a corrupt hash without throwing', async () => {
    expect(await verifyPassword(null, 'wat dan ook')).toBe(false);
    expect(await verifyPassword('geen-hash', 'wat dan ook')).toBe(false);
  });
});
