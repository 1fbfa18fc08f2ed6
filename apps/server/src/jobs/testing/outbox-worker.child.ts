/**
 * A job loop in a process of its own, for the crash test: it sends the outbox of
 * DATABASE_URL through SMTP_URL until it receives SIGTERM (or is killed). LEASE_SECONDS sets
 * how long a claim lasts, so the test need not wait five minutes for a takeover.
 */
import { createMailTransport } from '@jamsessie/api';
import { DEFAULT_OUTBOX_POLICY, createDatabase } from '@jamsessie/db';
import { startJobLoop } from '../job-loop.js';

const databaseUrl = process.env['DATABASE_URL'] ?? '';
const smtpUrl = process.env['SMTP_URL'] ?? '';
const handle = await createDatabase({ databaseUrl, poolSize: 2 });
const transport = createMailTransport(smtpUrl);
const loop = startJobLoop({
  db: handle.db,
  transport,
  pollMs: 100,
  batchSize: Number(process.env['BATCH_SIZE'] ?? 10),
  policy: { ...DEFAULT_OUTBOX_POLICY, leaseSeconds: Number(process.env['LEASE_SECONDS'] ?? 2) },
  onError: (job, error) => console.error(`[${job}]`, error),
});
// The loop's timers are unref'd (they must not keep a server from exiting), and between
// rounds this process may hold no socket: without a handle of its own it could exit right
// after 'ready', before its first round, and the test would wait for mail that never comes.
const keepAlive = setInterval(() => undefined, 60_000);
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  clearInterval(keepAlive);
  void loop.stop().then(async () => {
    transport.close();
    await handle.close();
    process.exit(0);
  });
});
