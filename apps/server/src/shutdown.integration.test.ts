import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMain } from './testing/main-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'jamsessie-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('graceful shutdown on SIGTERM', () => {
  it('finishes a request in flight, accepts no new one, and exits 0', async () => {
    const started = await startMain(dataDir);
    const exited = new Promise<number | null>((done) => started.child.once('exit', done));
    // A request whose body is still arriving when the signal comes: the server is busy with it.
    const body = JSON.stringify({ email: 'iemand@voorbeeld.nl' });
    const answer = new Promise<{ status: number; text: string }>((done, fail) => {
      const req = request(`${started.baseUrl}/trpc/subscription.request`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', fail);
      req.write(body.slice(0, 5));
      setTimeout(() => {
        started.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(5)), 1_500);
      }, 300);
    });
    await pause(800);
    // After the signal the port is closed to new connections.
    await expect(fetch(`${started.baseUrl}/healthz`)).rejects.toThrow();
    const { status, text } = await answer;
    expect(status, text).toBeGreaterThanOrEqual(200);
    expect(text).toMatch(/^[[{]/);
    expect(await exited).toBe(0);
    expect(started.output()).toContain('SIGTERM');
  }, 120_000);
});
