import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  databaseKindsUnderTest,
  DEFAULT_OUTBOX_POLICY,
  enqueueEmail,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendOutboxBatch } from './outbox-worker.js';
import { createMailTransport } from './transport.js';
import { aCoordinator, callerFor } from '../testing/api-harness.testing.js';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink.testing.js';

const coordinator = aCoordinator();
const START = new Date('2025-04-07T12:00:00.000Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

describe.each(databaseKindsUnderTest())('the coordinators’ outbox view on %s', (kind) => {
  let handle: DatabaseHandle;
  let refusing: SmtpSink;
  let accepting: SmtpSink;
  const list = (now: Date) =>
    callerFor(handle.db, { user: coordinator, now }).admin.outbox.list({});
  const sendWith = (sink: SmtpSink, now: Date) => {
    const transport = createMailTransport(sink.url);
    return sendOutboxBatch({ db: handle.db, transport, now: () => now }).finally(() =>
      transport.close(),
    );
  };

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    refusing = await startSmtpSink({ reject: true });
    accepting = await startSmtpSink();
  });
  afterAll(async () => {
    await refusing.close();
    await accepting.close();
    await handle.close();
  });
  beforeEach(async () => {
    await handle.db.deleteFrom('email_outbox').execute();
    await enqueueEmail(handle.db, {
      to: 'fenna@zorg.example',
      subject: 'Contactgegevens na de Jamsessie',
      text: 'geheim-token-456',
      idempotencyKey: `outbox-view:${randomUUID()}`,
      notBefore: START.toISOString(),
    });
  });

  it('shows attempts, the next attempt and the SMTP error of a message being retried', async () => {
    const fresh = (await list(START)).items[0]!;
    expect(fresh).toMatchObject({
      status: 'queued',
      attempts: 0,
      lastError: null,
      retrying: false,
      sentAt: null,
    });

    expect(await sendWith(refusing, START)).toMatchObject({ claimed: 1, failed: 1 });
    const page = await list(START);
    const failing = page.items[0]!;
    expect(failing.status).toBe('failed');
    expect(failing.attempts).toBe(1);
    expect(failing.retrying).toBe(true);
    expect(failing.lastError).toContain('Mailbox niet beschikbaar');
    // First back-off: one minute.
    expect(Date.parse(failing.nextAttemptAt)).toBe(minutes(1).getTime());
    expect(page.counts).toMatchObject({ failed: 1, queued: 0 });
    expect(JSON.stringify(page)).not.toContain('geheim-token-456');

    // Not due yet: nothing is claimed; once due, it is tried again and counted.
    expect((await sendWith(refusing, START)).claimed).toBe(0);
    await sendWith(refusing, minutes(1));
    expect((await list(minutes(1))).items[0]).toMatchObject({ attempts: 2, retrying: true });
  });

  it('gives up after the last attempt, and "send again" delivers it with a clean record', async () => {
    let now = START;
    for (let i = 0; i < DEFAULT_OUTBOX_POLICY.maxAttempts; i += 1) {
      await sendWith(refusing, now);
      const item = (await list(now)).items[0]!;
      now = new Date(Date.parse(item.nextAttemptAt));
    }
    const givenUp = (await list(now)).items[0]!;
    expect(givenUp).toMatchObject({
      status: 'failed',
      attempts: DEFAULT_OUTBOX_POLICY.maxAttempts,
      retrying: false,
    });
    expect(givenUp.lastError).toContain('Mailbox niet beschikbaar');
    expect((await sendWith(accepting, now)).claimed).toBe(0);

    await callerFor(handle.db, { user: coordinator, now }).admin.outbox.retry({ id: givenUp.id });
    expect((await list(now)).items[0]).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await sendWith(accepting, now)).toMatchObject({ claimed: 1, sent: 1 });
    const sent = (await list(now)).items[0]!;
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null, retrying: false });
    expect(Date.parse(sent.sentAt!)).toBe(now.getTime());
    expect(accepting.received.map((m) => m.to)).toEqual([['fenna@zorg.example']]);
  });
});
