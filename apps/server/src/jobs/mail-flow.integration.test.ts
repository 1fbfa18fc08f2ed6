import { createMailTransport, runReminderJob, withListUnsubscribe } from '@jamsessie/api';
import {
  createTestDatabase,
  databaseKindsUnderTest,
  seedIfEmpty,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeStaticRoots, startTestServer, type TestServer } from '../testing/test-server.js';
import { startJobLoop, type JobLoop } from './job-loop.js';
import { startGatedSmtpSink, type GatedSmtpSink } from './testing/gated-smtp-sink.testing.js';

const SEEDED_AT = new Date('2025-02-15T10:00:00.000Z');
const READER = 'lezer@zorggroep.example';

/** The text of a message as a reader sees it (nodemailer writes quoted-printable). */
function bodyOf(raw: string): string {
  const body = raw.slice(raw.search(/\r?\n\r?\n/));
  return Buffer.from(
    body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

function linkIn(text: string, path: string): URL {
  const match = new RegExp(`https?://\\S+${path}\\?token=\\S+`).exec(text);
  if (!match) throw new Error(`no link to ${path} in:\n${text}`);
  return new URL(match[0]);
}

describe.each(databaseKindsUnderTest())('subscribing through the server on %s', (kind) => {
  let handle: DatabaseHandle;
  let server: TestServer;
  let sink: GatedSmtpSink;
  let loop: JobLoop;
  let transport: ReturnType<typeof createMailTransport>;
  const roots = fakeStaticRoots();
  let clock = new Date('2025-04-01T10:00:00.000Z');

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedIfEmpty(handle.db, { now: SEEDED_AT });
    sink = await startGatedSmtpSink();
    transport = createMailTransport(sink.url);
    let wake = () => undefined as void;
    server = await startTestServer({
      db: handle.db,
      now: () => clock,
      staticRoots: roots,
      mailer: { wake: () => wake() },
    });
    loop = startJobLoop({
      db: handle.db,
      transport: withListUnsubscribe(transport),
      now: () => clock,
      pollMs: 3_600_000,
      tasks: [
        {
          name: 'reminders',
          everyMs: 0,
          run: (now) => runReminderJob({ db: handle.db, now, baseUrl: server.baseUrl }),
        },
      ],
    });
    wake = () => loop.wake();
  });
  afterAll(async () => {
    await loop?.stop();
    transport?.close();
    await sink?.close();
    await server?.close();
    await handle?.close();
    roots.remove();
  });

  it('signs up, confirms by the mailed link, gets a reminder and leaves with one click', async () => {
    const signUp = await fetch(`${server.baseUrl}/trpc/subscriptions.subscribe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.baseUrl },
      body: JSON.stringify({ email: READER, target: { kind: 'series', slug: 'jamsessies-vvlg' } }),
    });
    expect(signUp.status).toBe(200);
    expect(await signUp.json()).toMatchObject({ result: { data: { status: 'check_your_mail' } } });

    await loop.runOnce();
    expect(sink.accepted.map((m) => m.subject)).toEqual(['Bevestig je aanmelding']);
    const confirmation = bodyOf(sink.accepted[0]!.raw);
    const confirm = linkIn(confirmation, '/abonnement/bevestigen');

    // Following the link shows a button; only the button (a POST) confirms.
    const page = await fetch(`${server.baseUrl}${confirm.pathname}${confirm.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Bevestig mijn aanmelding');
    const pending = await handle.db.selectFrom('subscription').selectAll().execute();
    expect(pending.map((s) => s.confirmed_at)).toEqual([null]);
    const confirmed = await fetch(`${server.baseUrl}${confirm.pathname}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: confirm.searchParams.get('token') ?? '' }).toString(),
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Aanmelding bevestigd');

    // Three days before 7 April 2025 13.00 (Amsterdam summer time, 11:00Z): the reminder.
    clock = new Date('2025-04-04T12:00:00.000Z');
    await loop.runOnce();
    const reminder = sink.accepted[1];
    expect(reminder?.subject).toMatch(/^Herinnering: Jamsessie.* op maandag 7 april 2025$/);
    const text = bodyOf(reminder!.raw);
    expect(text).toContain('maandag 7 april 2025, 13.00–14.00 uur (Nederlandse tijd)');
    expect(text).not.toContain('zoom.example');
    expect(reminder!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    const headers = reminder!.raw.replace(/\r?\n[ \t]+/g, ' ');
    const header = /^List-Unsubscribe: <([^>]+)>/m.exec(headers)?.[1] ?? '';
    expect(header).toBe(linkIn(text, '/abonnement/afmelden').toString());

    // The mail program's one-click POST (RFC 8058) to the header's address.
    const leave = new URL(header);
    const oneClick = await fetch(`${server.baseUrl}${leave.pathname}${leave.search}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await handle.db.selectFrom('subscription').selectAll().execute()).toEqual([]);

    // Another round sends nothing: the reminder was sent once, the address left.
    await loop.runOnce();
    expect(sink.accepted).toHaveLength(2);
  });

  it('serves the series downloads through the same server', async () => {
    const pdf = await fetch(`${server.baseUrl}/downloads/reeks/jamsessies-vvlg/schema.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const png = await fetch(`${server.baseUrl}/downloads/reeks/jamsessies-vvlg/uitnodiging.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await fetch(`${server.baseUrl}/downloads/reeks/onbekend/schema.pdf`)).status).toBe(404);
  });
});
