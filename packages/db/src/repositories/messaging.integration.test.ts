import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  claimOutboxBatch,
  enqueueEmail,
  markOutboxFailed,
  markOutboxSent,
  type ClaimedEmail,
  type OutboxPolicy,
} from './outbox.repository.js';
import { listOutboxEntries } from './outbox-overview.repository.js';
import {
  confirmSubscription,
  deleteSubscriptionsOf,
  audienceOf,
  listSubscriptionsOf,
  requestSubscription,
  unsubscribe,
} from './subscription.repository.js';

/** One page of the outbox, as the admin asks for it. */
const page = { limit: 10, offset: 0 };

const policy: OutboxPolicy = {
  leaseSeconds: 300,
  maxAttempts: 3,
  backoffSeconds: 60,
  maxBackoffSeconds: 3600,
};
const t0 = '2025-03-03T12:00:00.000Z';
const later = (seconds: number) => new Date(Date.parse(t0) + seconds * 1000).toISOString();

describe.each(databaseKindsUnderTest())('outbox and subscriptions on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  const mail = (key: string) => ({
    to: 'iemand@zorg.example',
    subject: 'Jamsessie',
    text: 'Tot maandag!',
    idempotencyKey: key,
    notBefore: t0,
  });

  it('enqueues idempotently', async () => {
    expect(await enqueueEmail(handle.db, mail('welkom:1'))).toBe(true);
    expect(await enqueueEmail(handle.db, mail('welkom:1'))).toBe(false);
    expect(await listOutboxEntries(handle.db, ['queued'], page)).toHaveLength(1);
  });

  it('never hands the same row to two concurrent claimers', async () => {
    for (let i = 0; i < 20; i++) await enqueueEmail(handle.db, mail(`bulk:${i}`));
    const claimed: ClaimedEmail[] = [];
    for (let round = 0; round < 10; round++) {
      const batches = await Promise.all(
        Array.from({ length: 4 }, () => claimOutboxBatch(handle.db, 3, t0, policy)),
      );
      if (batches.flat().length === 0) break;
      claimed.push(...batches.flat());
    }
    expect(claimed).toHaveLength(21);
    expect(new Set(claimed.map((m) => m.id)).size).toBe(21);
    expect(await claimOutboxBatch(handle.db, 10, t0, policy)).toEqual([]);
    const sent = await Promise.all(claimed.map((m) => markOutboxSent(handle.db, m, t0)));
    expect(sent.every(Boolean)).toBe(true);
  });

  it('marks sent, backs off after failures, reclaims stale claims and gives up', async () => {
    await enqueueEmail(handle.db, mail('retry:1'));
    const [first] = await claimOutboxBatch(handle.db, 1, later(1000), policy);
    expect(first).toMatchObject({ attempts: 1, to: 'iemand@zorg.example', claimedAt: later(1000) });
    expect(await markOutboxFailed(handle.db, first!, 'SMTP 451', later(1000), policy)).toBe(true);
    expect(await claimOutboxBatch(handle.db, 1, later(1059), policy)).toEqual([]);
    const [second] = await claimOutboxBatch(handle.db, 1, later(1060), policy);
    expect(second).toMatchObject({ id: first!.id, attempts: 2 });
    expect(await markOutboxSent(handle.db, first!, later(1061))).toBe(false);

    // A crashed sender: the claim expires after the lease and someone else takes over.
    expect(await claimOutboxBatch(handle.db, 1, later(1300), policy)).toEqual([]);
    const [third] = await claimOutboxBatch(handle.db, 1, later(1360), policy);
    expect(third).toMatchObject({ id: first!.id, attempts: 3 });
    expect(await markOutboxSent(handle.db, second!, later(1361))).toBe(false);
    expect(await markOutboxFailed(handle.db, third!, 'SMTP 550', later(1361), policy)).toBe(true);
    expect(await claimOutboxBatch(handle.db, 1, later(99_999), policy)).toEqual([]);
    const failed = await listOutboxEntries(handle.db, ['failed'], page);
    expect(failed.map((r) => [r.id, r.attempts, r.lastError])).toEqual([
      [first!.id, 3, 'SMTP 550'],
    ]);

    await enqueueEmail(handle.db, mail('ok:1'));
    const [ok] = await claimOutboxBatch(handle.db, 1, later(100_000), policy);
    expect(await markOutboxSent(handle.db, ok!, later(100_001))).toBe(true);
    expect((await listOutboxEntries(handle.db, ['sent'], page))[0]).toMatchObject({
      id: ok!.id,
      sentAt: later(100_001),
    });
  });

  it('runs the double opt-in of subscriptions', async () => {
    const seriesId = randomUUID();
    const request = (confirm: string, unsub: string, targetId: string | null = seriesId) =>
      requestSubscription(handle.db, {
        id: randomUUID(),
        email: 'Volger@Zorg.example',
        targetKind: targetId ? 'series' : 'newsletter',
        targetId,
        confirmTokenHash: confirm,
        unsubscribeTokenHash: unsub,
      });
    expect((await request('c1', 'u1')).status).toBe('pending');
    expect((await request('c2', 'u2')).status).toBe('pending');
    expect(await confirmSubscription(handle.db, 'c1', t0)).toBeUndefined();
    expect(await confirmSubscription(handle.db, 'c2', t0)).toMatchObject({
      email: 'volger@zorg.example',
      confirmedAt: t0,
    });
    expect(await confirmSubscription(handle.db, 'c2', t0)).toBeUndefined();
    expect((await request('c3', 'u3')).status).toBe('already_confirmed');
    expect(await audienceOf(handle.db, [{ kind: 'series', ids: [seriesId] }])).toHaveLength(1);

    expect((await request('n1', 'nu1', null)).status).toBe('pending');
    expect((await request('n2', 'nu2', null)).status).toBe('pending');
    expect(await listSubscriptionsOf(handle.db, 'volger@zorg.example')).toHaveLength(2);
    expect(await unsubscribe(handle.db, 'u1')).toBe(true);
    expect(await audienceOf(handle.db, [{ kind: 'series', ids: [seriesId] }])).toEqual([]);
    expect(await deleteSubscriptionsOf(handle.db, 'VOLGER@zorg.example')).toBe(1);
  });
});
