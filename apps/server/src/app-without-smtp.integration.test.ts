import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaller, createContextInner, type AuthUser } from '@jamsessie/api';
import { APRIL_SESSION_ID, createAuthSession, hitRateLimit } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './app.js';
import { readEnv } from './env.js';

const READER = 'lezer@zorggroep.example';
const coordinator: AuthUser = {
  id: randomUUID(),
  email: 'coordinator@no-smtp.example',
  displayName: 'Coördinator',
  role: 'coordinator',
};

/**
 * Without SMTP_URL the server still runs its jobs: reminders, cancellations and contact lists
 * are queued for coordinators to see; only sending waits for a server that can send.
 */
describe('startApp without SMTP_URL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jamsessie-no-smtp-'));
  const lines: string[] = [];
  let app: RunningApp;
  const admin = () =>
    createCaller(
      createContextInner({
        db: app.db,
        user: coordinator,
        now: () => new Date(),
        clientKey: 'no-smtp-test',
        baseUrl: app.url,
      }),
    ).admin;
  /** A participant's own choice on their page, a second after the coordinator's note. */
  const shareOnOwnPage = (email: string) =>
    createCaller(
      createContextInner({
        db: app.db,
        user: null,
        participant: { email, sessionId: `no-smtp-${email}` },
        now: () => new Date(Date.now() + 1000),
        baseUrl: app.url,
      }),
    ).participant.mine.personal.setContactSharing({ sessionId: APRIL_SESSION_ID, shares: true });
  const outbox = () =>
    app.db
      .selectFrom('email_outbox')
      .select(['recipient', 'subject', 'text_body', 'status', 'attempts', 'idempotency_key'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    app = await startApp({
      env: readEnv({
        PORT: '0',
        DATA_DIR: dataDir,
        SMTP_URL: '',
        ADMIN_EMAIL: 'coordinator@no-smtp.example',
        ADMIN_PASSWORD: 'no-smtp-wachtwoord-lang',
      }),
      host: '127.0.0.1',
      logger: { info: (line) => lines.push(line), error: (line) => lines.push(line) },
    });
  });

  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says that mail waits, and runs the jobs anyway', () => {
    expect(app.sendsMail).toBe(false);
    expect(lines.join('\n')).toContain('SMTP_URL is not set: mail is queued');
  });

  it('prunes expired sign-in sessions and rate-limit buckets in the job loop', async () => {
    const account = await app.db
      .selectFrom('coordinator_account')
      .select('id')
      .executeTakeFirstOrThrow();
    await createAuthSession(app.db, {
      id: randomUUID(),
      tokenHash: 'housekeeping-expired',
      accountId: account.id,
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await hitRateLimit(app.db, 'housekeeping:old', 60, 10, '2020-01-01T00:00:00.000Z');
    const round = await app.jobs.runOnce({ allTasks: true });
    expect(round.tasks).toContain('housekeeping');
    const session = await app.db
      .selectFrom('auth_session')
      .select('id')
      .where('token_hash', '=', 'housekeeping-expired')
      .executeTakeFirst();
    expect(session).toBeUndefined();
    const bucket = await app.db
      .selectFrom('rate_limit')
      .select('key')
      .where('key', '=', 'housekeeping:old')
      .executeTakeFirst();
    expect(bucket).toBeUndefined();
  });

  it('queues a cancellation for a subscriber and a contact list, and sends nothing', async () => {
    // A reader subscribes to the series and confirms through the mailed link's page.
    const signUp = await fetch(`${app.url}/trpc/subscriptions.subscribe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: app.url },
      body: JSON.stringify({ email: READER, target: { kind: 'series', slug: 'jamsessies-vvlg' } }),
    });
    expect(signUp.status).toBe(200);
    const confirmation = (await outbox()).find((m) => m.recipient === READER);
    expect(confirmation?.status).toBe('queued');
    const token = /bevestigen\?token=([^\s&]+)/.exec(confirmation?.text_body ?? '')?.[1] ?? '';
    const confirmed = await fetch(`${app.url}/abonnement/bevestigen`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: decodeURIComponent(token) }).toString(),
    });
    expect(await confirmed.text()).toContain('Aanmelding bevestigd');

    // A coming session of the series is cancelled: the job loop queues the notice.
    const coming = await app.db
      .selectFrom('session')
      .select(['id', 'version'])
      .where('series_id', 'is not', null)
      .where('status', '=', 'planned')
      .where('starts_at', '>', new Date().toISOString())
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    await admin().sessions.cancel({ id: coming.id, version: coming.version, reason: 'Feestdag' });
    const round = await app.jobs.runOnce({ allTasks: true });
    expect(round.tasks).toContain('reminders');
    expect(round.outbox).toEqual({ claimed: 0, sent: 0, failed: 0 });

    // After a past session, two participants confirm sharing their address: two lists queued.
    await admin().contacts.recordParticipants({
      sessionId: APRIL_SESSION_ID,
      participants: [
        { displayName: 'Anna Visser', email: 'anna@zorggroep.example', sharesContact: true },
        { displayName: 'Bram Kok', email: 'bram@thuiszorg.example', sharesContact: true },
        { displayName: 'Cor Smit', email: 'cor@zorggroep.example', sharesContact: false },
      ],
    });
    await shareOnOwnPage('anna@zorggroep.example');
    await shareOnOwnPage('bram@thuiszorg.example');
    expect(await admin().contacts.sendContactLists({ sessionId: APRIL_SESSION_ID })).toEqual({
      queued: 2,
      unchanged: 0,
      withoutEmail: 0,
    });
    await app.jobs.runOnce();

    const rows = await outbox();
    const cancellation = rows.filter((m) => m.idempotency_key.startsWith('cancellation:'));
    expect(cancellation.map((m) => m.recipient)).toEqual([READER]);
    const lists = rows.filter((m) => m.idempotency_key.startsWith('contacts:'));
    expect(lists.map((m) => m.recipient).sort()).toEqual([
      'anna@zorggroep.example',
      'bram@thuiszorg.example',
    ]);
    // Nothing was claimed or sent: every message waits, untried.
    expect(new Set(rows.map((m) => `${m.status}/${m.attempts}`))).toEqual(new Set(['queued/0']));
    // Coordinators see them in the outbox view.
    const view = await admin().outbox.list({});
    expect(view.counts).toMatchObject({ queued: rows.length, sent: 0, failed: 0 });
  });
});
