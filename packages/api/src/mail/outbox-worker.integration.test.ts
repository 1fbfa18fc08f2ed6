import { createTestDatabase, databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../testing/smtp-sink.testing.js';
import { enqueueMail } from './outbox.js';
import { retryDelayMs, sendOutboxBatch } from './outbox-worker.js';
import { createMailTransport } from './transport.js';

describe.each(databaseKindsUnderTest())('outbox worker on %s', (kind) => {
  let handle: DatabaseHandle;
  const now = new Date('2025-03-01T10:00:00.000Z');

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await handle.close();
  });
  beforeEach(async () => {
    await handle.db.deleteFrom('email_outbox').execute();
  });

  const rows = () => handle.db.selectFrom('email_outbox').selectAll().execute();

  it('delivers a queued message exactly once', async () => {
    const sink = await startSmtpSink();
    const transport = createMailTransport(sink.url);
    try {
      const first = await enqueueMail(handle.db, {
        to: 'deelnemer@zorggroep.example',
        subject: 'Je link voor de Jamsessies',
        text: 'Hallo, hier is de link.',
        idempotencyKey: 'test:once',
        notBefore: now,
      });
      const duplicate = await enqueueMail(handle.db, {
        to: 'deelnemer@zorggroep.example',
        subject: 'Je link voor de Jamsessies',
        text: 'Hallo, hier is de link.',
        idempotencyKey: 'test:once',
        notBefore: now,
      });
      expect(first.queued).toBe(true);
      expect(duplicate.queued).toBe(false);

      const result = await sendOutboxBatch({ db: handle.db, transport, now: () => now });
      expect(result).toEqual({ claimed: 1, sent: 1, failed: 0 });
      const again = await sendOutboxBatch({
        db: handle.db,
        transport,
        now: () => new Date(now.getTime() + 24 * 3600_000),
      });
      expect(again.claimed).toBe(0);

      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]?.to).toEqual(['deelnemer@zorggroep.example']);
      expect(sink.received[0]?.raw).toContain('Je link voor de Jamsessies');
      const [row] = await rows();
      expect(row?.status).toBe('sent');
      expect(row?.attempts).toBe(1);
      expect(row?.sent_at).toBe(now.toISOString());
    } finally {
      transport.close();
      await sink.close();
    }
  });

  it('leaves a message failed with a later next attempt when the server refuses', async () => {
    const sink = await startSmtpSink({ reject: true });
    const transport = createMailTransport(sink.url);
    try {
      await enqueueMail(handle.db, {
        to: 'deelnemer@zorggroep.example',
        subject: 'Onderwerp',
        text: 'Tekst',
        idempotencyKey: 'test:fail',
        notBefore: now,
      });
      const result = await sendOutboxBatch({ db: handle.db, transport, now: () => now });
      expect(result).toEqual({ claimed: 1, sent: 0, failed: 1 });
      const [row] = await rows();
      expect(row?.status).toBe('failed');
      expect(row?.attempts).toBe(1);
      expect(row?.last_error).toMatch(/550|niet beschikbaar/);
      expect(row?.next_attempt_at).toBe(new Date(now.getTime() + retryDelayMs(1)).toISOString());
      expect(row!.next_attempt_at > now.toISOString()).toBe(true);
      expect(sink.received).toHaveLength(0);

      // Not retried before its time; retried (and counted) after it.
      const early = await sendOutboxBatch({ db: handle.db, transport, now: () => now });
      expect(early.claimed).toBe(0);
      const later = new Date(now.getTime() + retryDelayMs(1));
      const retry = await sendOutboxBatch({ db: handle.db, transport, now: () => later });
      expect(retry.failed).toBe(1);
      const [retried] = await rows();
      expect(retried?.attempts).toBe(2);
      expect(retried?.next_attempt_at).toBe(
        new Date(later.getTime() + retryDelayMs(2)).toISOString(),
      );
    } finally {
      transport.close();
      await sink.close();
    }
  });

  it('retries a message left "sending" by a crashed worker only after the lease', async () => {
    const sent: string[] = [];
    const transport = {
      sendMail: (message: { to: string }) => {
        sent.push(message.to);
        return Promise.resolve();
      },
    };
    await enqueueMail(handle.db, {
      to: 'a@zorggroep.example',
      subject: 's',
      text: 't',
      idempotencyKey: 'test:lease',
    });
    // Simulate a crash right after claiming.
    await handle.db
      .updateTable('email_outbox')
      .set({ status: 'sending', claimed_at: now.toISOString(), attempts: 1 })
      .execute();
    const within = new Date(now.getTime() + 4 * 60_000);
    expect((await sendOutboxBatch({ db: handle.db, transport, now: () => within })).claimed).toBe(
      0,
    );
    const after = new Date(now.getTime() + 11 * 60_000);
    const result = await sendOutboxBatch({ db: handle.db, transport, now: () => after });
    expect(result.sent).toBe(1);
    expect(sent).toEqual(['a@zorggroep.example']);
  });

  it('never lets two parallel batches send the same message', async () => {
    const sent: string[] = [];
    const transport = {
      sendMail: async (message: { to: string }) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(message.to);
      },
    };
    for (let i = 0; i < 6; i += 1) {
      await enqueueMail(handle.db, {
        to: `p${i}@zorggroep.example`,
        subject: 's',
        text: 't',
        idempotencyKey: `test:parallel:${i}`,
        notBefore: now,
      });
    }
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        sendOutboxBatch({ db: handle.db, transport, now: () => now, batchSize: 4 }),
      ),
    );
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(6);
    expect(new Set(sent).size).toBe(6);
    expect(sent).toHaveLength(6);
  });
});

describe('retryDelayMs', () => {
  it('doubles from one minute and stops at six hours', () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(4)).toBe(480_000);
    expect(retryDelayMs(30)).toBe(6 * 3600_000);
  });
});
