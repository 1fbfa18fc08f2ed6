import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from './env.js';

describe('readEnv', () => {
  it('gives the documented defaults for an empty environment', () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATA_DIR: './.data',
      TRUST_PROXY: false,
      baseUrl: 'http://localhost:3000',
    });
    // Unset, as the README says: stack traces only when a developer asks for them.
    expect(env.NODE_ENV).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ADMIN_EMAIL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it('keeps metrics off and logs JSON unless told, or short lines on a terminal', () => {
    expect(readEnv({}, false)).toMatchObject({
      METRICS: false,
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    });
    expect(readEnv({}, true).LOG_FORMAT).toBe('pretty');
    expect(readEnv({ LOG_FORMAT: 'json' }, true).LOG_FORMAT).toBe('json');
    expect(readEnv({ METRICS: 'true', LOG_LEVEL: 'warn' })).toMatchObject({
      METRICS: true,
      LOG_LEVEL: 'warn',
    });
    expect(() => readEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => readEnv({ METRICS: 'aan' })).toThrow(/METRICS/);
  });

  it('reads HOST and refuses one that is no address', () => {
    expect(readEnv({ HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1');
    expect(readEnv({ HOST: '::1' }).HOST).toBe('::1');
    expect(readEnv({ HOST: '' }).HOST).toBe('0.0.0.0');
    expect(() => readEnv({ HOST: 'a b' })).toThrow(/HOST/);
  });

  it('treats empty strings as unset (DATABASE_URL= means PGlite)', () => {
    const env = readEnv({ DATABASE_URL: '', PORT: '', SMTP_URL: ' ', PUBLIC_BASE_URL: '' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
  });

  it('reads the e2e environment', () => {
    const env = readEnv({
      PORT: '41234',
      DATA_DIR: '/tmp/x',
      DATABASE_URL: '',
      ADMIN_EMAIL: ' Coordinator@E2E.example ',
      ADMIN_PASSWORD: 'e2e-wachtwoord-lang-genoeg',
      NODE_ENV: 'production',
    });
    expect(env.PORT).toBe(41234);
    expect(env.ADMIN_EMAIL).toBe('coordinator@e2e.example');
    expect(env.baseUrl).toBe('http://localhost:41234');
    expect(env.NODE_ENV).toBe('production');
  });

  it('derives baseUrl from PUBLIC_BASE_URL without a trailing slash', () => {
    expect(readEnv({ PUBLIC_BASE_URL: 'https://jamsessie.example/' }).baseUrl).toBe(
      'https://jamsessie.example',
    );
  });

  it('parses TRUST_PROXY as a boolean', () => {
    expect(readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(readEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(true);
    expect(readEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(() => readEnv({ TRUST_PROXY: 'maybe' })).toThrow(EnvError);
  });

  it('refuses half an admin, a short password, and wrong URL schemes', () => {
    expect(() => readEnv({ ADMIN_EMAIL: 'a@b.example' })).toThrow(/ADMIN_EMAIL/);
    expect(() => readEnv({ ADMIN_EMAIL: 'a@b.example', ADMIN_PASSWORD: 'kort' })).toThrow(
      /ADMIN_PASSWORD/,
    );
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('never echoes a secret value in its error', () => {
    const secret = 'geheim-kort';
    try {
      readEnv({ ADMIN_EMAIL: 'not-an-address', ADMIN_PASSWORD: secret });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect(String(error)).not.toContain(secret);
    }
  });
});
