import { describe, expect, it } from 'vitest';
import { parseSeedCommand, runSeedCommand } from './seed.command.js';

const NOW = new Date('2026-11-23T10:00:00.000Z');

describe('parseSeedCommand', () => {
  it('uses DATABASE_URL from the environment, like the server', () => {
    const parsed = parseSeedCommand([], { DATABASE_URL: 'postgres://x@127.0.0.1/test' }, NOW);
    expect(parsed).toEqual({
      ok: true,
      value: { database: { databaseUrl: 'postgres://x@127.0.0.1/test' }, ifEmpty: false, now: NOW },
    });
  });

  it('falls back to PGlite in DATA_DIR, and reads --if-empty and --now', () => {
    const parsed = parseSeedCommand(
      ['--if-empty', '--now', '2025-03-24T09:00:00Z'],
      { DATA_DIR: '/tmp/demo-data' },
      NOW,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        database: { dataDir: '/tmp/demo-data' },
        ifEmpty: true,
        now: new Date('2025-03-24T09:00:00.000Z'),
      },
    });
  });

  it('refuses an unknown option and an impossible time, in Dutch', () => {
    expect(parseSeedCommand(['--force'], {}, NOW).ok).toBe(false);
    const bad = parseSeedCommand(['--now', 'gisteren'], {}, NOW);
    expect(bad.ok ? '' : bad.message).toContain('Ongeldig tijdstip');
  });
});

describe('runSeedCommand', () => {
  it('exits with 2 and the usage on bad arguments, without opening a database', async () => {
    const lines: string[] = [];
    let opened = false;
    const code = await runSeedCommand(
      ['--onbekend'],
      {},
      {
        log: (line) => lines.push(line),
        open: () => {
          opened = true;
          return Promise.reject(new Error('not expected'));
        },
      },
    );
    expect(code).toBe(2);
    expect(opened).toBe(false);
    expect(lines.join('\n')).toContain('Gebruik: seed');
  });
});
