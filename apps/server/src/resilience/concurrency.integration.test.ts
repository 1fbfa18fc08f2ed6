import { APRIL_SESSION_ID, REPORT_ID, databaseKindsUnderTest } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResilienceServer, type ResilienceServer } from './resilience-server.testing.js';
import { callProcedure, signIn, trpcData, trpcError, type HttpAnswer } from './trpc-http.client.js';

/** Editors working on the same thing at the same moment. */
const CLIENTS = 20;
/** A client gives up after this many refused attempts: the test must end by itself. */
const MAX_ATTEMPTS = 200;

/** One editable thing through the admin API: how to read it and how to append a marker. */
type Editable = {
  readonly name: string;
  read(cookie: string): Promise<{ text: string; version: number }>;
  append(
    cookie: string,
    based: { text: string; version: number },
    marker: string,
  ): Promise<HttpAnswer>;
};

function editables(s: ResilienceServer): Editable[] {
  const base = s.server.baseUrl;
  return [
    {
      name: 'a session (admin.sessions.update)',
      read: async (cookie) => {
        const answer = await callProcedure(
          base,
          'admin.sessions.get',
          'query',
          { id: APRIL_SESSION_ID },
          { cookie },
        );
        const { session } = trpcData<{ session: { description: string; version: number } }>(answer);
        return { text: session.description, version: session.version };
      },
      append: (cookie, based, marker) =>
        callProcedure(
          base,
          'admin.sessions.update',
          'mutation',
          { id: APRIL_SESSION_ID, version: based.version, description: `${based.text} ${marker}` },
          { cookie },
        ),
    },
    {
      name: 'a report (admin.reports.update)',
      read: async (cookie) => {
        const answer = await callProcedure(
          base,
          'admin.reports.get',
          'query',
          { id: REPORT_ID },
          { cookie },
        );
        const { report } = trpcData<{ report: { intro: string; version: number } }>(answer);
        return { text: report.intro, version: report.version };
      },
      append: (cookie, based, marker) =>
        callProcedure(
          base,
          'admin.reports.update',
          'mutation',
          { id: REPORT_ID, version: based.version, intro: `${based.text} ${marker}` },
          { cookie },
        ),
    },
  ];
}

/** Counts each marker in a text: every accepted edit must be there exactly once. */
function occurrences(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

describe.each(databaseKindsUnderTest())('parallel edits on %s', (kind) => {
  let s: ResilienceServer;
  let cookies: string[];

  beforeAll(async () => {
    s = await startResilienceServer(kind);
    // Two editors' sessions, shared by the clients (as tabs of the same people would).
    cookies = [
      await signIn(
        s.server.baseUrl,
        s.accounts.coordinator.user.email,
        s.accounts.coordinator.password,
      ),
      await signIn(s.server.baseUrl, s.accounts.admin.user.email, s.accounts.admin.password),
    ];
  });
  afterAll(() => s?.close());

  const cookieOf = (client: number) => cookies[client % cookies.length]!;

  for (const index of [0, 1]) {
    it(`accepts exactly one of ${CLIENTS} edits of the same version of ${index === 0 ? 'a session' : 'a report'}, then loses none on retry`, async () => {
      const editable = editables(s)[index]!;
      const start = await editable.read(cookieOf(0));

      // Round 1: every client edits the same version at once.
      const first = await Promise.all(
        Array.from({ length: CLIENTS }, (_, client) =>
          editable.append(cookieOf(client), start, `[r1-c${client}]`),
        ),
      );
      const statuses = first.map((answer) => answer.status);
      expect(
        statuses.filter((status) => status === 200),
        statuses.join(','),
      ).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(CLIENTS - 1);
      for (const answer of first.filter((a) => a.status === 409)) {
        expect(trpcError(answer)?.data.code).toBe('CONFLICT');
        expect(trpcError(answer)?.message).toMatch(/gewijzigd/);
      }
      const winner = statuses.indexOf(200);
      const afterFirst = await editable.read(cookieOf(0));
      expect(afterFirst.version).toBe(start.version + 1);
      expect(afterFirst.text).toBe(`${start.text} [r1-c${winner}]`);

      // Round 2: every client re-reads and retries until its edit is accepted.
      const conflicts = { count: 0 };
      const accepted = await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
            const current = await editable.read(cookieOf(client));
            const answer = await editable.append(cookieOf(client), current, `[r2-c${client}]`);
            if (answer.status === 200) return 1;
            expect(answer.status, answer.text.slice(0, 200)).toBe(409);
            conflicts.count += 1;
          }
          throw new Error(`client ${client} gave up after ${MAX_ATTEMPTS} conflicts`);
        }),
      );
      const final = await editable.read(cookieOf(0));
      const acceptedCount = 1 + accepted.reduce((a, b) => a + b, 0);
      expect(final.version).toBe(start.version + acceptedCount);
      expect(occurrences(final.text, `[r1-c${winner}]`)).toBe(1);
      for (let client = 0; client < CLIENTS; client += 1) {
        expect(occurrences(final.text, `[r2-c${client}]`), `client ${client}`).toBe(1);
        if (client !== winner) expect(occurrences(final.text, `[r1-c${client}]`)).toBe(0);
      }
      expect(final.text.startsWith(start.text)).toBe(true);
      expect(s.server.loggedErrors.map(String)).toEqual([]);
    }, 120_000);
  }
});
