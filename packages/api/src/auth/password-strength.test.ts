import { describe, expect, it } from 'vitest';
import { assertStrongPassword, NewPassword, passwordWeakness } from './password-strength.js';

describe('the password rule', () => {
  it('refuses twelve times the same letter, with Dutch advice', () => {
    const weakness = passwordWeakness('aaaaaaaaaaaa', []);
    expect(weakness).toMatch(/^Dit wachtwoord is te makkelijk te raden\./);
    expect(weakness).toContain('Herhalende letters');
  });

  it('refuses common words and years dressed up as a long password', () => {
    expect(passwordWeakness('wachtwoord12', [])).not.toBeNull();
    expect(passwordWeakness('welkomwelkom', [])).not.toBeNull();
    expect(passwordWeakness('123456789012', [])).not.toBeNull();
  });

  it("refuses a password built from the person's own name and address", () => {
    const own = ['wimke.sloothaak@zorggroep.example', 'Wimke Sloothaak'];
    expect(passwordWeakness('sloothaakwimke', [])).toBeNull();
    expect(passwordWeakness('sloothaakwimke', own)).not.toBeNull();
  });

  it('accepts a sentence of ordinary words and a random string', () => {
    expect(passwordWeakness('paardenbloem-koffie-fietsbel', [])).toBeNull();
    expect(passwordWeakness('Gx7#qLm2!vRt9', [])).toBeNull();
  });

  it('refuses a short password by length first', () => {
    expect(passwordWeakness('Gx7#qLm2!', [])).toBe('Kies een wachtwoord van minstens 12 tekens.');
    expect(NewPassword.safeParse('kort').success).toBe(false);
    expect(NewPassword.safeParse('x'.repeat(201)).success).toBe(false);
  });

  it('throws a BAD_REQUEST with the domain code PASSWORD.TOO_WEAK', () => {
    expect(() => assertStrongPassword('aaaaaaaaaaaa', [])).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }) as Error,
    );
    expect(() => assertStrongPassword('paardenbloem-koffie-fietsbel', [])).not.toThrow();
  });
});
