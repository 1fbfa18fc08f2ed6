import {
  APRIL_SESSION_ID,
  createDatabase,
  databaseKindsUnderTest,
  type DatabaseHandle,
} from '@jamsessie/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import {
  RESILIENCE_NOW,
  sessionCookieFor,
  startResilienceServer,
  type ResilienceServer,
} from './resilience-server.testing.js';
import { rowCounts } from './row-counts.testing.js';
import { callProcedure, fetchAnswer, trpcError, type HttpAnswer } from './trpc-http.client.js';

const TOO_MANY = /^Te veel pogingen\. Probeer het over .+ opnieuw\.$/;

function expectLimited(answer: HttpAnswer, what: string): void {
  expect(answer.status, `${what}: ${answer.text.slice(0, 200)}`).toBe(429);
  const error = trpcError(answer);
  expect(error?.data.code).toBe('TOO_MANY_REQUESTS');
  expect(error?.message).toMatch(TOO_MANY);
}

describe.each(databaseKindsUnderTest())('abuse over HTTP on %s', (kind) => {
  let s: ResilienceServer;
  /** A second handler instance: its own server and, on PostgreSQL, its own connection pool. */
  let second: TestServer;
  let secondHandle: DatabaseHandle | undefined;
  /** The admin's session cookie, from before the sign-in throttle test slows this client. */
  let cookie: string;

  beforeAll(async () => {
    s = await startResilienceServer(kind);
    let db = s.handle.db;
    if (kind === 'postgres') {
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
      const url = new URL(process.env['DATABASE_URL']!);
      url.pathname = `/${rows[0]!.name}`;
      secondHandle = await createDatabase({ databaseUrl: url.toString(), poolSize: 2 });
      db = secondHandle.db;
    }
    second = await startTestServer({
      db,
      now: () => RESILIENCE_NOW,
      staticRoots: { agenda: '/nonexistent', admin: '/nonexistent' },
    });
    cookie = await sessionCookieFor(s.handle.db, s.accounts.admin.user);
  });
  afterAll(async () => {
    await second?.close();
    await secondHandle?.close();
    await s?.close();
  });

  /** The two instances, alternately: a limit must hold across both. */
  const instance = (i: number) => (i % 2 === 0 ? s.server.baseUrl : second.baseUrl);

  it('slows a guessing client after five wrong passwords, across two server instances', async () => {
    const sessionsBefore = await rowCounts(s.handle.db);
    const email = s.accounts.coordinator.user.email;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const answer = await callProcedure(instance(attempt), 'auth.login', 'mutation', {
        email,
        password: `fout-wachtwoord-${attempt}`,
      });
      expect(answer.status, `attempt ${attempt + 1}`).toBe(401);
    }
    // The right password does not help a guesser who must wait, on either instance.
    for (const i of [0, 1]) {
      const answer = await callProcedure(instance(i), 'auth.login', 'mutation', {
        email,
        password: s.accounts.coordinator.password,
      });
      expect(answer.status, answer.text.slice(0, 200)).toBe(429);
      expect(trpcError(answer)?.message).toMatch(
        /^Te veel mislukte pogingen\. Probeer het over .+ opnieuw\.$/,
      );
    }
    // Not one attempt signed anybody in.
    expect((await rowCounts(s.handle.db))['auth_session']).toBe(sessionsBefore['auth_session']);
  }, 120_000);

  it('limits the link form per address and per client, across two server instances', async () => {
    const ask = (i: number, email: string) =>
      callProcedure(instance(i), 'forms.requestLink', 'mutation', {
        email,
        seriesSlug: 'jamsessies-vvlg',
      });
    for (let i = 0; i < 3; i += 1) {
      const answer = await ask(i, 'dezelfde@elders.example');
      expect(answer.status, `request ${i + 1}`).toBe(200);
    }
    expectLimited(await ask(3, 'dezelfde@elders.example'), 'the 4th request for one address');
    // Per client: 10 an hour in all (4 were made above).
    for (let i = 4; i < 10; i += 1) {
      const answer = await ask(i, `ander-${i}@elders.example`);
      expect(answer.status, `request ${i + 1}`).toBe(200);
    }
    expectLimited(await ask(10, 'nog-een@elders.example'), 'the 11th request from one client');
  }, 120_000);

  it('refuses cross-site POSTs with 403 and changes nothing, not even a counter', async () => {
    const session = await s.handle.db
      .selectFrom('session')
      .select(['slug', 'title', 'version'])
      .where('id', '=', APRIL_SESSION_ID)
      .executeTakeFirstOrThrow();
    const before = await rowCounts(s.handle.db);
    const dilemma = JSON.stringify({
      sessionSlug: session.slug,
      text: 'Een vraag die een andere website namens mij stuurt.',
    });
    const edit = JSON.stringify({
      id: APRIL_SESSION_ID,
      version: session.version,
      title: 'Overgenomen',
    });
    const json = 'application/json';
    const attempts: [string, Record<string, string>, string][] = [
      ['forms.bringDilemma', { 'Content-Type': json, Origin: 'https://evil.example' }, dilemma],
      ['forms.bringDilemma', { 'Content-Type': json, Origin: 'null' }, dilemma],
      [
        'forms.bringDilemma',
        { 'Content-Type': json, Origin: `${s.server.baseUrl}.evil.example` },
        dilemma,
      ],
      ['forms.bringDilemma', { 'Content-Type': json, 'Sec-Fetch-Site': 'cross-site' }, dilemma],
      ['forms.bringDilemma', { 'Content-Type': 'text/plain' }, dilemma],
      [
        'forms.bringDilemma',
        { 'Content-Type': 'application/x-www-form-urlencoded' },
        `x=${encodeURIComponent(dilemma)}`,
      ],
      ['forms.bringDilemma', { 'Content-Type': 'multipart/form-data; boundary=x' }, dilemma],
      [
        'admin.sessions.update',
        { 'Content-Type': json, Origin: 'https://evil.example', Cookie: cookie },
        edit,
      ],
      ['admin.sessions.update', { 'Content-Type': 'text/plain', Cookie: cookie }, edit],
      ['auth.logout', { 'Content-Type': json, Origin: 'https://evil.example', Cookie: cookie }, ''],
    ];
    for (const [server, url] of [
      ['first', s.server.baseUrl],
      ['second', second.baseUrl],
    ] as const) {
      for (const [path, headers, body] of attempts) {
        const answer = await fetchAnswer(`${url}/trpc/${path}`, { method: 'POST', headers, body });
        const what = `${server} instance: ${path} with ${JSON.stringify(headers).slice(0, 120)}`;
        expect(answer.status, what).toBe(403);
        expect(answer.headers.get('set-cookie'), what).toBeNull();
        expect(trpcError(answer)?.message, what).toMatch(/geweigerd/);
      }
    }
    expect(await rowCounts(s.handle.db)).toEqual(before);
    const after = await s.handle.db
      .selectFrom('session')
      .select(['title', 'version'])
      .where('id', '=', APRIL_SESSION_ID)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ title: session.title, version: session.version });
    // The admin's session survived the forged logout: the cookie still works.
    const me = await callProcedure(second.baseUrl, 'auth.me', 'query', undefined, { cookie });
    expect(me.text).toContain(s.accounts.admin.user.email);
    // And the same POST from the site itself is accepted (the refusals were about origin).
    const own = await callProcedure(
      s.server.baseUrl,
      'admin.sessions.update',
      'mutation',
      JSON.parse(edit),
      {
        cookie,
      },
    );
    expect(own.status, own.text.slice(0, 200)).toBe(200);
  }, 120_000);
});
