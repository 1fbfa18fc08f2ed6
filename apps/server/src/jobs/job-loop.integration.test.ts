import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMailTransport, enqueueMail } from '@jamsessie/api';
import {
  DEFAULT_OUTBOX_POLICY,
  claimOutboxBatch,
  createTestDatabase,
  databaseKindsUnderTest,
  listOutboxEntries,
  type DatabaseHandle,
} from '@jamsessie/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startJobLoop, type JobLoop } from './job-loop.js';
import { startGatedSmtpSink, type AcceptedMail } from './testing/gated-smtp-sink.testing.js';

/**
 * A short lease so a takeover happens within the test. It must stay longer than one batch
 * takes to send (see the note on `batchSize` in job-loop.ts), also on a busy test machine.
 */
const FAST = { ...DEFAULT_OUTBOX_POLICY, leaseSeconds: 5 };

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** How often each subject was accepted by the SMTP server. */
function deliveries(accepted: readonly AcceptedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of accepted) counts.set(mail.subject, (counts.get(mail.subject) ?? 0) + 1);
  return counts;
}

describe.each(databaseKindsUnderTest())('job loop on %s', (kind) => {
  let handle: DatabaseHandle;
  const statuses = async () =>
    (await handle.db.selectFrom('email_outbox').select('status').execute()).map((r) => r.status);
  const enqueue = async (count: number, prefix: string) => {
    for (let i = 1; i <= count; i += 1) {
      await enqueueMail(handle.db, {
        to: `deelnemer${i}@zorg.example`,
        subject: `${prefix} ${i}`,
        text: 'Hallo',
        idempotencyKey: `${prefix}:${i}`,
      });
    }
  };

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await handle.close();
  });
  beforeEach(async () => {
    await handle.db.deleteFrom('email_outbox').execute();
  });

  it('two loops on one database, plus a batch a crashed sender had claimed: every message exactly once', async () => {
    await enqueue(25, 'Bericht');
    await enqueue(25, 'Bericht'); // the same keys: nothing new
    // A sender claimed five messages and died before sending them: its claim is 30 s old.
    const abandoned = await claimOutboxBatch(handle.db, 5, new Date().toISOString(), FAST);
    await handle.db
      .updateTable('email_outbox')
      .set({ claimed_at: new Date(Date.now() - 30_000).toISOString() })
      .where('status', '=', 'sending')
      .execute();
    expect(abandoned).toHaveLength(5);

    const sink = await startGatedSmtpSink();
    const transport = createMailTransport(sink.url);
    const loops: JobLoop[] = [];
    try {
      for (let i = 0; i < 2; i += 1) {
        loops.push(
          startJobLoop({ db: handle.db, transport, pollMs: 50, batchSize: 4, policy: FAST }),
        );
      }
      await waitFor(async () => (await statuses()).every((s) => s === 'sent'), 'all sent');
      const counts = deliveries(sink.accepted);
      expect(counts.size).toBe(25);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      const retaken = await handle.db
        .selectFrom('email_outbox')
        .select('attempts')
        .where(
          'id',
          'in',
          abandoned.map((m) => m.id),
        )
        .execute();
      expect(retaken.map((r) => r.attempts)).toEqual([2, 2, 2, 2, 2]);
    } finally {
      await Promise.all(loops.map((loop) => loop.stop()));
      transport.close();
      await sink.close();
    }
  });

  it('retries a failing SMTP server with back-off, shows the error, and delivers once it is back', async () => {
    await enqueue(2, 'Herinnering');
    let up = false;
    const sink = await startGatedSmtpSink(() => (up ? 'accept' : 'reject'));
    const transport = createMailTransport(sink.url);
    let clock = new Date('2025-04-04T12:00:00.000Z');
    await handle.db
      .updateTable('email_outbox')
      .set({ next_attempt_at: clock.toISOString() })
      .execute();
    const loop = startJobLoop({ db: handle.db, transport, now: () => clock, pollMs: 3_600_000 });
    try {
      await loop.runOnce();
      const failed = await listOutboxEntries(handle.db, ['failed'], { limit: 10, offset: 0 });
      expect(failed).toHaveLength(2);
      for (const row of failed) {
        expect(row.lastError).toContain('451');
        expect(row.attempts).toBe(1);
        expect(row.nextAttemptAt).toBe('2025-04-04T12:01:00.000Z');
      }
      up = true;
      clock = new Date('2025-04-04T12:00:30.000Z');
      expect((await loop.runOnce()).outbox.claimed).toBe(0);
      clock = new Date('2025-04-04T12:01:00.000Z');
      expect((await loop.runOnce()).outbox).toEqual({ claimed: 2, sent: 2, failed: 0 });
      expect(deliveries(sink.accepted)).toEqual(
        new Map([
          ['Herinnering 1', 1],
          ['Herinnering 2', 1],
        ]),
      );
    } finally {
      await loop.stop();
      transport.close();
      await sink.close();
    }
  });

  it('runs tasks when due, reports their failures and keeps sending', async () => {
    const runs: string[] = [];
    const errors: string[] = [];
    let clock = new Date('2025-04-04T12:00:00.000Z');
    const sink = await startGatedSmtpSink();
    const transport = createMailTransport(sink.url);
    const loop = startJobLoop({
      db: handle.db,
      transport,
      now: () => clock,
      pollMs: 3_600_000,
      onError: (job) => errors.push(job),
      tasks: [
        {
          name: 'reminders',
          everyMs: 15 * 60_000,
          run: async (now) => {
            runs.push(now.toISOString());
            await enqueueMail(handle.db, {
              to: 'anna@zorg.example',
              subject: `Taak ${runs.length}`,
              text: 'Hallo',
              idempotencyKey: `task:${now.toISOString()}`,
              notBefore: now,
            });
          },
        },
        { name: 'kapot', everyMs: 60_000, run: () => Promise.reject(new Error('stuk')) },
      ],
    });
    try {
      await loop.runOnce(); // may coincide with the start-up round: both are serial
      clock = new Date('2025-04-04T12:10:00.000Z');
      await loop.runOnce();
      clock = new Date('2025-04-04T12:15:00.000Z');
      await loop.runOnce();
      expect(runs).toEqual(['2025-04-04T12:00:00.000Z', '2025-04-04T12:15:00.000Z']);
      expect(errors.filter((e) => e === 'kapot').length).toBeGreaterThanOrEqual(2);
      expect(deliveries(sink.accepted)).toEqual(
        new Map([
          ['Taak 1', 1],
          ['Taak 2', 1],
        ]),
      );
    } finally {
      await loop.stop();
      transport.close();
      await sink.close();
    }
  });

  // Processes share only a server database: PGlite lives inside one process.
  if (kind === 'postgres') {
    it('a worker process killed mid-batch and two new ones: every message exactly once', async () => {
      await enqueue(30, 'Uitnodiging');
      const { name } = (
        await sql<{ name: string }>`select current_database() as name`.execute(handle.db)
      ).rows[0]!;
      const url = new URL(process.env['DATABASE_URL']!);
      url.pathname = `/${name}`;

      let release: () => void = () => undefined;
      const hold = new Promise<void>((done) => (release = done));
      let reached: () => void = () => undefined;
      const heldArrived = new Promise<void>((done) => (reached = done));
      const sink = await startGatedSmtpSink((index) => {
        if (index !== 7) return 'accept';
        reached();
        return { hold };
      });
      const children: ChildProcess[] = [];
      const startWorker = async () => {
        const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CHILD], {
          cwd: fileURLToPath(new URL('../..', import.meta.url)),
          env: {
            ...process.env,
            DATABASE_URL: url.toString(),
            SMTP_URL: sink.url,
            LEASE_SECONDS: '2',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        await new Promise<void>((done, fail) => {
          child.stdout?.on('data', (chunk: Buffer) => {
            if (chunk.toString().includes('ready')) done();
          });
          child.once('exit', (code) => fail(new Error(`worker exited early (${code})`)));
        });
        return child;
      };
      try {
        const first = await startWorker();
        const exitedEarly = new Promise<never>((_, fail) =>
          first.once('exit', (code) => fail(new Error(`the first worker exited (${code})`))),
        );
        await Promise.race([heldArrived, exitedEarly]);
        // The 8th message is on the wire and not yet acknowledged: kill the sender now.
        const exited = new Promise((done) => first.once('exit', done));
        first.kill('SIGKILL');
        await exited;
        // Answer only once the server saw the connection drop: the sender never got its 250.
        await sink.connectionClosed(7);
        release();
        await Promise.all([startWorker(), startWorker()]);
        await waitFor(
          async () => (await statuses()).every((s) => s === 'sent'),
          'all sent',
          60_000,
        );
        const counts = deliveries(sink.accepted);
        expect(counts.size).toBe(30);
        expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
        expect(sink.arrivals()).toBe(31); // the one cut off by the kill arrived, but was never accepted
        const retried = await handle.db
          .selectFrom('email_outbox')
          .select(['subject', 'attempts'])
          .where('attempts', '>', 1)
          .execute();
        expect(retried.length).toBeGreaterThanOrEqual(1);
      } finally {
        release();
        const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
        const exits = alive.map((child) => new Promise((done) => child.once('exit', done)));
        for (const child of alive) child.kill('SIGTERM');
        await Promise.all(exits);
        await sink.close();
      }
    }, 90_000);
  }
});

const CHILD = fileURLToPath(new URL('./testing/outbox-worker.child.ts', import.meta.url));
