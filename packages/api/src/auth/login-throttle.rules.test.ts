import { describe, expect, it } from 'vitest';
import {
  delayAfterFailures,
  LOGIN_THROTTLE,
  loginWaitMs,
  throttleMessage,
} from './login-throttle.rules.js';

const NOW = new Date('2025-03-01T10:00:00.000Z');
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000).toISOString();
const none = { count: 0, lastAt: null };

describe('the sign-in throttle', () => {
  it('lets the free failures pass, then doubles the wait up to the cap', () => {
    expect(delayAfterFailures(4, 5)).toBe(0);
    expect(delayAfterFailures(5, 5)).toBe(1_000);
    expect(delayAfterFailures(6, 5)).toBe(2_000);
    expect(delayAfterFailures(8, 5)).toBe(8_000);
    expect(delayAfterFailures(40, 5)).toBe(LOGIN_THROTTLE.maxDelayMs);
    expect(delayAfterFailures(10_000, 5)).toBe(LOGIN_THROTTLE.maxDelayMs);
  });

  it('makes a client that failed often on an address wait from its latest failure', () => {
    const pair = { count: 7, lastAt: secondsAgo(1) };
    const stats = { pair, client: pair, address: pair };
    expect(loginWaitMs(stats, NOW)).toBe(3_000);
    expect(loginWaitMs(stats, new Date(NOW.getTime() + 3_000))).toBe(0);
  });

  it('never holds back a client without failures on a hammered address', () => {
    const address = { count: 500, lastAt: secondsAgo(0) };
    expect(loginWaitMs({ pair: none, client: none, address }, NOW)).toBe(0);
  });

  it('slows a client that failed once on a hammered address, for a bounded time', () => {
    const stats = {
      pair: { count: 1, lastAt: secondsAgo(60) },
      client: { count: 1, lastAt: secondsAgo(60) },
      address: { count: 500, lastAt: secondsAgo(0) },
    };
    expect(loginWaitMs(stats, NOW)).toBe(LOGIN_THROTTLE.maxDelayMs - 60_000);
    const later = new Date(NOW.getTime() + LOGIN_THROTTLE.maxDelayMs);
    expect(loginWaitMs(stats, later)).toBe(0);
  });

  it('slows a client that sprays many addresses, also on a new one', () => {
    const client = { count: LOGIN_THROTTLE.free.client + 2, lastAt: secondsAgo(1) };
    expect(loginWaitMs({ pair: none, client, address: none }, NOW)).toBe(3_000);
  });

  it('says how long to wait in Dutch', () => {
    expect(throttleMessage(1)).toBe(
      'Te veel mislukte pogingen. Probeer het over 1 seconde opnieuw.',
    );
    expect(throttleMessage(4_000)).toBe(
      'Te veel mislukte pogingen. Probeer het over 4 seconden opnieuw.',
    );
    expect(throttleMessage(61_000)).toBe(
      'Te veel mislukte pogingen. Probeer het over 2 minuten opnieuw.',
    );
    expect(throttleMessage(60_000)).toBe(
      'Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.',
    );
  });
});
