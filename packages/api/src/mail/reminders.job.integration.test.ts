import {
  DEMO_MEETING_LINK,
  SERIES_ID,
  databaseKindsUnderTest,
  findSessionById,
  listSessionsOfSeries,
  updateSession,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../root.js';
import { DEMO_NOW, aCoordinator, openSeededDatabase } from '../testing/api-harness.testing.js';
import { startSmtpSink } from '../testing/smtp-sink.testing.js';
import { runReminderJob } from './reminders.job.js';
import type { SubscriptionTarget } from '@jamsessie/domain';
import {
  MAIL_TEST_BASE_URL,
  deliverAll,
  mailCaller,
  readMail,
  mailContext,
  tokenIn,
} from './testing/mail.testing.js';
import { subscriptionPaths } from '@jamsessie/domain';

const SERIES = { kind: 'series', slug: 'jamsessies-vvlg' } as const;
const HOME = { kind: 'theme', slug: 'vrijheid-en-veiligheid-thuissituatie' } as const;
const DOORS = { kind: 'theme', slug: 'open-deuren' } as const;

describe.each(databaseKindsUnderTest())('reminders and cancellations on %s', (kind) => {
  let handle: DatabaseHandle;
  const job = (iso: string) =>
    runReminderJob({ db: handle.db, now: new Date(iso), baseUrl: MAIL_TEST_BASE_URL });
  const sessionAt = async (startsAt: string) => {
    const session = (await listSessionsOfSeries(handle.db, SERIES_ID)).find(
      (s) => s.startsAt === startsAt,
    );
    if (!session) throw new Error(`no session at ${startsAt}`);
    return session;
  };

  async function subscribe(email: string, target: SubscriptionTarget, confirm = true) {
    await mailCaller(handle.db, DEMO_NOW).subscriptions.subscribe({ email, target });
    const row = await handle.db
      .selectFrom('email_outbox')
      .select('text_body')
      .where('recipient', '=', email)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    if (confirm) {
      const token = tokenIn(row.text_body, subscriptionPaths.confirm);
      await mailCaller(handle.db, DEMO_NOW).subscriptions.confirm({ token });
    }
  }

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    await subscribe('anna@zorggroep.example', SERIES);
    await subscribe('anna@zorggroep.example', HOME);
    await subscribe('bram@thuiszorg.example', DOORS);
    await subscribe('cor@zorggroep.example', SERIES, false);
    await subscribe('dina@zorggroep.example', { kind: 'week' });
    await handle.db.deleteFrom('email_outbox').execute();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('queues one reminder per address a few days before, and nothing on a second or parallel run', async () => {
    const [first, second] = await Promise.all([
      job('2025-04-04T12:00:00.000Z'),
      job('2025-04-04T12:00:00.000Z'),
    ]);
    expect((first?.reminders ?? 0) + (second?.reminders ?? 0)).toBe(1);
    expect(await job('2025-04-05T10:00:00.000Z')).toEqual({ reminders: 0, cancellations: 0 });
    const rows = await handle.db
      .selectFrom('email_outbox')
      .select(['recipient', 'idempotency_key'])
      .execute();
    expect(rows.map((r) => r.recipient)).toEqual(['anna@zorggroep.example']);
    expect(rows[0]?.idempotency_key).toMatch(
      /^reminder:[0-9a-f-]{36}:2025-04-07T11:00:00.000Z:[0-9a-f]{16}$/,
    );

    const sink = await startSmtpSink();
    try {
      expect(await deliverAll(handle.db, sink, new Date('2025-04-04T12:00:00.000Z'))).toBe(1);
      const mail = readMail(sink.received[0]!);
      expect(mail.subject).toMatch(/^Herinnering: .+ op maandag 7 april 2025$/);
      // 11:00 UTC in summer time: 13.00 on the Amsterdam clock.
      expect(mail.text).toContain(
        'maandag 7 april 2025, 13.00–14.00 uur (Nederlandse tijd), online',
      );
      expect(mail.text).toContain(
        'Thema: Vrijheid en veiligheid voor het levensgeluk in de thuissituatie',
      );
      expect(mail.text).toContain('vraag hem dan aan op de pagina van de sessie');
      expect(mail.text).toContain('de reeks ‘Jamsessies Vrijheid en veiligheid’');
      expect(mail.text).not.toContain(DEMO_MEETING_LINK);
      expect(mail.headers['list-unsubscribe']).toMatch(
        /^<https:\/\/jamsessie\.test\/abonnement\/afmelden\?token=/,
      );
    } finally {
      await sink.close();
    }
  });

  it('sends a cancellation to everyone following the session, naming the next date', async () => {
    const may = await sessionAt('2025-05-05T11:00:00.000Z');
    // Another session has a link of its own; a coordinator pastes its ID and passcode in this
    // session's reason. Followers are not all eligible for any link.
    const other = await sessionAt('2025-10-06T11:00:00.000Z');
    await updateSession(handle.db, {
      ...other,
      meetingLink: 'https://us02web.zoom.us/j/87612345678?pwd=SecretPwdQ7x9Zk',
    });
    await updateSession(handle.db, {
      ...may,
      status: 'cancelled',
      // A line that looks like the footer: the one-click header must not follow it.
      cancellationReason:
        'Bevrijdingsdag (kom naar us02web.zoom.us/j/87612345678, SecretPwdQ7x9Zk)\nAfmelden: https://evil.example/afmelden',
    });
    const result = await job('2025-04-10T10:00:00.000Z');
    expect(result).toEqual({ reminders: 0, cancellations: 2 });
    expect((await job('2025-04-11T10:00:00.000Z')).cancellations).toBe(0);

    const sink = await startSmtpSink();
    try {
      expect(await deliverAll(handle.db, sink, new Date('2025-04-10T10:00:00.000Z'))).toBe(2);
      const mails = sink.received.map(readMail);
      expect(mails.map((m) => m.to[0]).sort()).toEqual([
        'anna@zorggroep.example',
        'bram@thuiszorg.example',
      ]);
      for (const mail of mails) {
        expect(mail.subject).toMatch(/^Gaat niet door: .+ op maandag 5 mei 2025$/);
        expect(mail.text).toContain('Reden: Bevrijdingsdag');
        expect(mail.text).not.toContain('87612345678');
        expect(mail.text).not.toContain('SecretPwdQ7x9Zk');
        expect(mail.text).toContain(
          'De volgende sessie is op maandag 2 juni 2025, 13.00–14.00 uur',
        );
        expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
        expect(mail.headers['list-unsubscribe']).toMatch(
          /^<https:\/\/jamsessie\.test\/abonnement\/afmelden\?token=/,
        );
      }
      expect(mails.find((m) => m.to[0] === 'bram@thuiszorg.example')?.text).toContain(
        'het thema ‘Open deuren’',
      );
    } finally {
      await sink.close();
    }
  });

  it('reminds again when a session moves after its reminder went out', async () => {
    const june = await sessionAt('2025-06-02T11:00:00.000Z');
    expect((await job('2025-05-31T10:00:00.000Z')).reminders).toBe(1);
    const current = await findSessionById(handle.db, june.id);
    await updateSession(handle.db, {
      ...current!,
      startsAt: '2025-06-09T11:00:00.000Z',
      endsAt: '2025-06-09T12:00:00.000Z',
    });
    expect((await job('2025-06-01T10:00:00.000Z')).reminders).toBe(0);
    expect((await job('2025-06-06T12:00:00.000Z')).reminders).toBe(1);
    const bodies = await handle.db
      .selectFrom('email_outbox')
      .select('text_body')
      .where('idempotency_key', 'like', `reminder:${june.id}:%`)
      .orderBy('created_at')
      .execute();
    expect(bodies.map((b) => /maandag \d+ juni 2025/.exec(b.text_body)?.[0])).toEqual([
      'maandag 2 juni 2025',
      'maandag 9 juni 2025',
    ]);
  });

  it('sends nothing to an unconfirmed address or after unsubscribing', async () => {
    const all = await handle.db.selectFrom('email_outbox').select('recipient').execute();
    expect(all.map((r) => r.recipient)).not.toContain('cor@zorggroep.example');
    expect(all.map((r) => r.recipient)).not.toContain('dina@zorggroep.example');

    const annaSeries = await handle.db
      .selectFrom('email_outbox')
      .select('text_body')
      .where('recipient', '=', 'anna@zorggroep.example')
      .executeTakeFirstOrThrow();
    await mailCaller(handle.db, DEMO_NOW).subscriptions.unsubscribe({
      token: tokenIn(annaSeries.text_body, subscriptionPaths.unsubscribe),
    });
    // Anna still follows the home-situation theme: the July session (open doors) is not hers.
    const july = await job('2025-07-05T10:00:00.000Z');
    expect(july.reminders).toBe(1);
    const latest = await handle.db
      .selectFrom('email_outbox')
      .select('recipient')
      .where('idempotency_key', 'like', 'reminder:%2025-07-07%')
      .execute();
    expect(latest.map((r) => r.recipient)).toEqual(['bram@thuiszorg.example']);
  });

  it('queues the cancellation notices as soon as a coordinator cancels, without waiting for the job', async () => {
    const july = await sessionAt('2025-07-07T11:00:00.000Z');
    const now = new Date('2025-04-12T10:00:00.000Z');
    await createCaller(mailContext(handle.db, now, aCoordinator())).admin.sessions.cancel({
      id: july.id,
      version: july.version,
      reason: 'Zomerstop',
    });
    const queued = await handle.db
      .selectFrom('email_outbox')
      .select(['recipient', 'idempotency_key'])
      .where('idempotency_key', 'like', `cancellation:${july.id}:%`)
      .execute();
    // Anna left the series in the test above; Bram follows July's theme (open deuren).
    expect(queued.map((row) => row.recipient)).toEqual(['bram@thuiszorg.example']);
    expect((await job('2025-04-12T10:15:00.000Z')).cancellations).toBe(0);
  });
});
