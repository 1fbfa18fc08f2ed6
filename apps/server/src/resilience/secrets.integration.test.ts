import {
  DEMO_MEETING_LINK,
  DEMO_PRIVATE_DILEMMA_MARKER,
  databaseKindsUnderTest,
} from '@jamsessie/db';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchReadable, rawRequest, type ReadableAnswer } from './public-crawl.helpers.js';
import { publicProcedureInputs, publicRoutePaths } from './public-inputs.testing.js';
import { startResilienceServer, type ResilienceServer } from './resilience-server.testing.js';
import { routerProcedures } from './router-procedures.catalog.js';
import { headerText, leaksIn, secretsIn, type Secret } from './secret-scan.js';
import { plantSecretTraps, rotateSecrets, type PlantedTraps } from './secret-traps.testing.js';
import { participantSignedIn, PARTICIPANT_EMAIL } from './participant-session.testing.js';
import { signIn, trpcUrl, type HttpAnswer } from './trpc-http.client.js';
import { expectCleanAnswer } from './visitor-answer.checks.js';

const publicProcedures = routerProcedures().filter((p) => p.access === 'public');

describe.each(databaseKindsUnderTest())('secrets stay secret on %s', (kind) => {
  let s: ResilienceServer;
  let traps: PlantedTraps;
  let secrets: Secret[];
  let scanned = 0;

  beforeAll(async () => {
    s = await startResilienceServer(kind);
    traps = await plantSecretTraps(s.handle.db);
    secrets = [
      ...(await secretsIn(s.handle.db)),
      { label: 'reaction whose consent was withdrawn', needles: [traps.withdrawnReaction] },
    ];
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Leaks found by the running test: all are listed at its end, not just the first. */
  let leaks: string[] = [];
  beforeEach(() => {
    leaks = [];
  });
  afterEach(() => {
    expect(leaks, 'secrets that reached a visitor').toEqual([]);
  });

  function expectNoLeak(answer: HttpAnswer, what: string): void {
    scanned += 1;
    for (const label of leaksIn(answer.text, secrets))
      leaks.push(`${what} (${answer.status}) body: ${label}`);
    for (const label of leaksIn(headerText(answer.headers), secrets))
      leaks.push(`${what} headers: ${label}`);
  }

  /** Every public procedure with its valid inputs, as {what, url, init} requests over HTTP. */
  async function procedureRequests() {
    const inputs = await publicProcedureInputs(s.handle.db, traps, s.accounts.coordinator.user);
    expect(Object.keys(inputs).sort(), 'give each public procedure valid inputs here').toEqual(
      publicProcedures.map((p) => p.path).sort(),
    );
    return publicProcedures.flatMap((procedure) =>
      (inputs[procedure.path] ?? []).map((input) => {
        const url = trpcUrl(s.server.baseUrl, procedure.path, procedure.kind, input);
        const body = JSON.stringify(input);
        const init: RequestInit =
          procedure.kind === 'query'
            ? {}
            : {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                ...(body === undefined ? {} : { body }),
              };
        return { what: `${procedure.path} ${body ?? ''}`, url, init, kind: procedure.kind };
      }),
    );
  }

  it('has the secrets in the database, so not finding them means something', () => {
    const needles = secrets.flatMap((secret) => secret.needles);
    expect(needles).toContain(DEMO_MEETING_LINK);
    expect(needles.some((n) => n.includes(DEMO_PRIVATE_DILEMMA_MARKER))).toBe(true);
    expect(secrets.filter((x) => x.label.includes('link')).length).toBeGreaterThanOrEqual(4);
    expect(secrets.filter((x) => x.label.startsWith('private dilemma')).length).toBeGreaterThan(2);
  });

  it('no public route shows a secret in its body or any header (GET and HEAD)', async () => {
    const statuses = new Set<number>();
    for (const path of await publicRoutePaths(s.handle.db)) {
      for (const method of ['GET', 'HEAD']) {
        const answer = await fetchReadable(s.url(path), { method });
        statuses.add(answer.status);
        expectCleanAnswer(answer, `${method} ${path}`);
        expectNoLeak(answer, `${method} ${path}`);
      }
    }
    expect([...statuses]).toEqual(expect.arrayContaining([200, 404]));
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);

  it('no public procedure shows a secret, given valid inputs from the data', async () => {
    const requests = await procedureRequests();
    expect(requests.length).toBeGreaterThan(60);
    let succeeded = 0;
    for (const request of requests) {
      const answer = await fetchReadable(request.url, request.init);
      if (answer.status === 200) succeeded += 1;
      expectCleanAnswer(answer, request.what);
      expectNoLeak(answer, request.what);
    }
    expect(succeeded).toBeGreaterThan(requests.length / 2);
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);

  it("a participant's own page shows nothing of anyone else, and refuses others' dilemmas", async () => {
    const { cookie } = await participantSignedIn(s, PARTICIPANT_EMAIL);
    const others = await s.handle.db
      .selectFrom('dilemma')
      .leftJoin('person', 'person.id', 'dilemma.owner_id')
      .select(['dilemma.id', 'dilemma.version', 'dilemma.text'])
      .where((eb) =>
        eb.or([eb('person.email', 'is', null), eb('person.email', '<>', PARTICIPANT_EMAIL)]),
      )
      .execute();
    expect(others.length).toBeGreaterThan(2);
    const post = (path: string, input: unknown): [string, RequestInit] => [
      s.url(`/trpc/${path}`),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        ...(input === undefined ? {} : { body: JSON.stringify(input) }),
      },
    ];
    const overview = await fetchReadable(
      trpcUrl(s.server.baseUrl, 'participant.mine.overview', 'query', undefined),
      { headers: { Cookie: cookie } },
    );
    expect(overview.status).toBe(200);
    expect(overview.text).toContain(PARTICIPANT_EMAIL);
    expectNoLeak(overview, 'participant.mine.overview');
    const exported = await fetchReadable(...post('participant.mine.export', undefined));
    expect(exported.status).toBe(200);
    expectNoLeak(exported, 'participant.mine.export');
    const herkenbaar = await fetchReadable(
      trpcUrl(s.server.baseUrl, 'participant.mine.herkenbaar.list', 'query', undefined),
      { headers: { Cookie: cookie } },
    );
    expect(herkenbaar.status).toBe(200);
    expectNoLeak(herkenbaar, 'participant.mine.herkenbaar.list');
    for (const other of others) {
      // Marking another's question "herkenbaar" outside its window or unseen: refused, clean.
      const mark = await fetchReadable(
        ...post('participant.mine.herkenbaar.mark', { dilemmaId: other.id, herkenbaar: true }),
      );
      expect([404, 412], `herkenbaar.mark ${other.id}`).toContain(mark.status);
      expectCleanAnswer(mark, 'participant.mine.herkenbaar.mark');
      expectNoLeak(mark, 'participant.mine.herkenbaar.mark');
      for (const [path, input] of [
        ['participant.mine.setDilemmaConsent', { id: other.id, level: 'quotable' }],
        ['participant.mine.withdrawDilemma', { id: other.id }],
        [
          'participant.mine.editDilemma',
          {
            id: other.id,
            version: other.version,
            text: 'Overgenomen tekst.',
            followUpQuestions: [],
          },
        ],
      ] as const) {
        const answer = await fetchReadable(...post(path, input));
        expect(answer.status, `${path} ${other.id}`).toBe(404);
        expectCleanAnswer(answer, path);
        expectNoLeak(answer, path);
      }
    }
    // Citaten en reacties: only their own texts; someone else's reaction cannot be decided on.
    const items = await fetchReadable(
      trpcUrl(s.server.baseUrl, 'participant.mine.consentItems', 'query', undefined),
      { headers: { Cookie: cookie } },
    );
    expect(items.status).toBe(200);
    expectNoLeak(items, 'participant.mine.consentItems');
    const othersReactions = await s.handle.db
      .selectFrom('reaction')
      .leftJoin('person', 'person.id', 'reaction.author_id')
      .select(['reaction.id', 'reaction.report_id', 'reaction.text'])
      .where((eb) =>
        eb.or([eb('person.email', 'is', null), eb('person.email', '<>', PARTICIPANT_EMAIL)]),
      )
      .execute();
    expect(othersReactions.length).toBeGreaterThan(2);
    for (const reaction of othersReactions) expect(items.text).not.toContain(reaction.text);
    const consentsBefore = await s.handle.db.selectFrom('consent').select('id').execute();
    for (const reaction of othersReactions) {
      const answer = await fetchReadable(
        ...post('participant.mine.decideConsent', {
          reportId: reaction.report_id,
          kind: 'reaction',
          subjectId: reaction.id,
          text: reaction.text,
          decision: 'refuse',
        }),
      );
      expect(answer.status, `decideConsent ${reaction.id}`).toBe(404);
      expectCleanAnswer(answer, 'participant.mine.decideConsent');
      expectNoLeak(answer, 'participant.mine.decideConsent');
    }
    expect(await s.handle.db.selectFrom('consent').select('id').execute()).toHaveLength(
      consentsBefore.length,
    );
    // Nothing of theirs changed.
    const after = await s.handle.db
      .selectFrom('dilemma')
      .select(['id', 'version', 'text'])
      .where(
        'id',
        'in',
        others.map((o) => o.id),
      )
      .execute();
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      others.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);

  it('provoked errors (400, 401, 403, 404, 405, 413) show no secret, no internals and no English', async () => {
    const april = await s.handle.db
      .selectFrom('session')
      .select(['id', 'slug'])
      .where('starts_at', '=', '2025-04-07T11:00:00.000Z')
      .executeTakeFirstOrThrow();
    const cookie = await signIn(
      s.server.baseUrl,
      s.accounts.coordinator.user.email,
      s.accounts.coordinator.password,
    );
    const json = { 'Content-Type': 'application/json' };
    const provoked: [number, string, RequestInit][] = [
      [401, trpcUrl(s.server.baseUrl, 'admin.sessions.get', 'query', { id: april.id }), {}],
      [
        403,
        trpcUrl(s.server.baseUrl, 'admin.accounts.list', 'query', undefined),
        { headers: { Cookie: cookie } },
      ],
      [
        403,
        s.url('/trpc/admin.sessions.update'),
        {
          method: 'POST',
          headers: { ...json, Cookie: cookie, Origin: 'https://evil.example' },
          body: JSON.stringify({ id: april.id, version: 1, title: 'Overgenomen' }),
        },
      ],
      [404, s.url(`/agenda/sessie/${april.slug}-x.ics`), {}],
      [
        404,
        trpcUrl(s.server.baseUrl, 'agenda.session', 'query', { slug: `${april.slug}-weg` }),
        {},
      ],
      [405, s.url(`/agenda/sessie/${april.slug}.ics`), { method: 'DELETE' }],
      [405, s.url('/healthz'), { method: 'POST' }],
      // tRPC's own refusals, whose default messages are English and echo the request.
      [404, s.url('/trpc/bestaat.niet'), {}],
      [400, s.url('/trpc/agenda.list?input=%7B'), {}],
      [400, s.url('/trpc/agenda.list,agenda.list?batch=1&input=%5B1%5D'), {}],
      [
        405,
        s.url(
          `/trpc/forms.bringDilemma?input=${encodeURIComponent(JSON.stringify({ sessionSlug: april.slug, text: 'Een vraag via GET.' }))}`,
        ),
        {},
      ],
      [400, trpcUrl(s.server.baseUrl, 'agenda.session', 'query', { slug: 'Geen Slug' }), {}],
      [
        413,
        s.url('/trpc/forms.bringDilemma'),
        {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ sessionSlug: april.slug, text: 'x'.repeat(1_200_000) }),
        },
      ],
    ];
    for (const [status, url, init] of provoked) {
      const answer = await fetchReadable(url, init);
      expect(answer.status, url.slice(0, 120)).toBe(status);
      expectCleanAnswer(answer, url.slice(0, 120));
      expectNoLeak(answer, url.slice(0, 120));
    }
    const raw = await rawRequest(
      Number(new URL(s.server.baseUrl).port),
      'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(leaksIn(raw, secrets)).toEqual([]);
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);

  it('shows the same bytes and ETags when only the secrets change', async () => {
    const targets = [
      ...(await publicRoutePaths(s.handle.db)).map((path) => ({
        what: path,
        url: s.url(path),
        init: {},
      })),
      ...(await procedureRequests()).filter((r) => r.kind === 'query'),
    ];
    const snapshot = async () => {
      const answers = new Map<string, ReadableAnswer>();
      for (const target of targets)
        answers.set(target.what, await fetchReadable(target.url, target.init));
      return answers;
    };
    const before = await snapshot();
    await rotateSecrets(s.handle.db);
    const after = await snapshot();
    const dependent: string[] = [];
    for (const [what, answer] of before) {
      const again = after.get(what)!;
      if (again.status !== answer.status) dependent.push(`${what}: status`);
      if (again.visible !== answer.visible) dependent.push(`${what}: body`);
      if (again.headers.get('etag') !== answer.headers.get('etag')) dependent.push(`${what}: ETag`);
    }
    expect(dependent, 'public answers that depend on a secret').toEqual([]);
    expect(before.size).toBeGreaterThan(100);
    expect(scanned).toBeGreaterThan(100);
  }, 120_000);
});
