import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enqueueMail } from '@jamsessie/api';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './app.js';
import { readEnv } from './env.js';

type Received = { to: string[]; raw: string };

/** A local SMTP server that keeps what it receives (no TLS, no auth). */
async function startSmtpSink() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Polls `refresh` until `check` holds (20 s at most). */
async function waitFor(check: () => boolean, refresh: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 20_000;
  await refresh();
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
    await refresh();
  }
}

describe('startApp with SMTP_URL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jamsessie-app-'));
  const lines: string[] = [];
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let app: RunningApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startApp({
      env: readEnv({
        PORT: '0',
        DATA_DIR: dataDir,
        SMTP_URL: sink.url,
        ADMIN_EMAIL: 'coordinator@app-test.example',
        ADMIN_PASSWORD: 'app-test-wachtwoord-lang',
      }),
      host: '127.0.0.1',
      logger: { info: (line) => lines.push(line), error: (line) => lines.push(line) },
    });
  });

  afterAll(async () => {
    await app?.stop();
    await sink?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the admin from the environment without printing a password', () => {
    expect(lines.join('\n')).toContain('coordinator@app-test.example');
    expect(lines.join('\n')).not.toContain('app-test-wachtwoord-lang');
  });

  it('serves HTTP on the chosen address', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('sends queued mail through the outbox worker', async () => {
    expect(app.sendsMail).toBe(true);
    await enqueueMail(app.db, {
      to: 'deelnemer@app-test.example',
      subject: 'Testbericht',
      text: 'Hallo vanuit de outbox.',
      idempotencyKey: 'app-test:1',
    });
    app.jobs.wake();
    await waitFor(
      () => sink.received.length > 0,
      () => Promise.resolve(),
    );
    expect(sink.received[0]?.to).toEqual(['deelnemer@app-test.example']);
    expect(sink.received[0]?.raw).toContain('Hallo vanuit de outbox.');
    // The row is marked sent right after the SMTP server accepted the message.
    let status = '';
    await waitFor(
      () => status === 'sent',
      async () => {
        const row = await app.db
          .selectFrom('email_outbox')
          .select('status')
          .where('idempotency_key', '=', 'app-test:1')
          .executeTakeFirstOrThrow();
        status = row.status;
      },
    );
    expect(status).toBe('sent');
  });

  it('stops idempotently', async () => {
    await Promise.all([app.stop(), app.stop()]);
    expect(app.server.listening).toBe(false);
  });
});
