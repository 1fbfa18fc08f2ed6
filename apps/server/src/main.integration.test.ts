import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_ADMIN_EMAIL } from './admin-account.js';
import { freePort } from '@jamsessie/testing';
import { startMain, stop } from './testing/main-process.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'jamsessie-main-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the main entry (node --import tsx apps/server/src/main.ts)', () => {
  it('starts on an empty data folder, prints generated credentials once, stops with exit code 0', async () => {
    const first = await startMain(dataDir);
    const health = await fetch(`${first.baseUrl}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const agenda = await fetch(`${first.baseUrl}/agenda.ics`);
    expect(agenda.status).toBe(200);
    expect(await agenda.text()).toContain('BEGIN:VEVENT');
    expect(await stop(first)).toBe(0);
    const output = first.output();
    expect(output).toContain(GENERATED_ADMIN_EMAIL);
    expect(output).toMatch(/wachtwoord\/password: [A-Za-z0-9_-]{24}/);
  }, 120_000);

  it('restarts on the filled folder without re-seeding or printing credentials again', async () => {
    const second = await startMain(dataDir);
    expect(await stop(second)).toBe(0);
    expect(second.output()).not.toContain('wachtwoord/password');
    // The target is < 5 s; allow for the shared, busy test machine.
    expect(second.startedInMs).toBeLessThan(20_000);
  }, 120_000);

  it('on a taken port prints one clear line (no stack trace) and exits non-zero', async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(port, '0.0.0.0', done));
    try {
      const child = spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'apps/server/src/main.ts'],
        {
          cwd: repoRoot,
          env: { ...process.env, DATABASE_URL: '', PORT: String(port), DATA_DIR: dataDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.once('exit', done));
      expect(code).toBe(1);
      // One JSON line (the log is JSON when not on a terminal), with no stack in it.
      const line = JSON.parse(errors.trim()) as { level: number; msg: string; err?: unknown };
      expect(line.err).toBeUndefined();
      expect(line.msg).toBe(
        `Poort ${port} op 0.0.0.0 is al in gebruik: stop het andere programma of kies een andere PORT (port ${port} is already in use).`,
      );
    } finally {
      blocker.close();
    }
  }, 120_000);
});
