import { databaseKindsUnderTest } from '@jamsessie/db';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hostileValue, procedureInput, type ValuePool } from './hostile-input.arbitraries.js';
import {
  MALFORMED_BODIES,
  MALFORMED_QUERY_STRINGS,
  ODD_PROCEDURE_PATHS,
  fieldVariants,
  isPlainObject,
} from './malformed-input.testing.js';
import { publicProcedureInputs } from './public-inputs.testing.js';
import { startResilienceServer, type ResilienceServer } from './resilience-server.testing.js';
import { routerProcedures, type ProcedureInfo } from './router-procedures.catalog.js';
import { contentCounts } from './row-counts.testing.js';
import { plantSecretTraps } from './secret-traps.testing.js';
import { callProcedure, fetchAnswer, type HttpAnswer } from './trpc-http.client.js';
import { valuePoolOf } from './value-pool.testing.js';
import { describeInput, expectCleanAnswer, visitorMessages } from './visitor-answer.checks.js';

/**
 * Fuzzed calls per public procedure and database kind, and the accepted inputs (from the
 * fuzzer, from the data) whose fields each get every nasty value: bounded for CI, so the
 * whole file stays within a minute or two per database on a 2-core machine.
 */
const RUNS_PER_PROCEDURE = 40;
const ACCEPTED_FROM_FUZZER = 1;
const ACCEPTED_FROM_DATA = 2;

const publicProcedures = routerProcedures().filter((p) => p.access === 'public');

let clientCounter = 0;
/** A distinct client per request (behind the trusted proxy), so rate limits don't hide code paths. */
function nextClient(): Record<string, string> {
  clientCounter += 1;
  return {
    'X-Forwarded-For': `127.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`,
  };
}

describe.each(databaseKindsUnderTest())('hostile input over HTTP on %s', (kind) => {
  let s: ResilienceServer;
  let pool: ValuePool;
  /** Valid inputs per procedure from the data: the bases for the per-field attacks. */
  let validInputs: Record<string, unknown[]>;

  beforeAll(async () => {
    s = await startResilienceServer(kind, { trustProxy: true });
    const traps = await plantSecretTraps(s.handle.db);
    pool = await valuePoolOf(s.handle.db);
    validInputs = await publicProcedureInputs(s.handle.db, traps, s.accounts.coordinator.user);
  });
  // Each test answers for the errors the server logged during it.
  beforeEach(() => {
    s.server.loggedErrors.splice(0);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Calls, checks the answer, and checks that a refused call (or any query) wrote nothing. */
  async function probe(
    procedure: ProcedureInfo,
    send: () => Promise<HttpAnswer>,
    what: string,
  ): Promise<HttpAnswer> {
    const before = await contentCounts(s.handle.db);
    const answer = await send();
    expectCleanAnswer(answer, what);
    const refused = answer.status >= 300;
    if (refused || procedure.kind === 'query') {
      expect(await contentCounts(s.handle.db), `${what} (${answer.status}) wrote rows`).toEqual(
        before,
      );
    }
    if (answer.status >= 400 && answer.status !== 431) {
      // Every refusal explains itself (in Dutch, checked by expectCleanAnswer): a tRPC error
      // in JSON (one per call of a batch), or the server's own short text.
      expect(visitorMessages(answer), `${what}: a refusal without a message`).not.toEqual([]);
    }
    return answer;
  }

  it('enumerates the public procedures from the router', () => {
    expect(publicProcedures.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'agenda.list',
        'forms.bringDilemma',
        'forms.requestLink',
        'auth.login',
      ]),
    );
  });

  for (const procedure of publicProcedures) {
    it(`${procedure.path}: random, oversized and hostile values give no 5xx and no write when refused`, async () => {
      const statuses = new Map<number, number>();
      const accepted: Record<string, unknown>[] = [];
      const call = (input: unknown) =>
        probe(
          procedure,
          () =>
            callProcedure(s.server.baseUrl, procedure.path, procedure.kind, input, {
              headers: nextClient(),
            }),
          `${procedure.path} ${describeInput(input)}`,
        );
      await fc.assert(
        fc.asyncProperty(procedureInput(procedure.inputSchema, pool), async (input) => {
          const answer = await call(input);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (
            answer.status === 200 &&
            isPlainObject(input) &&
            accepted.length < ACCEPTED_FROM_FUZZER
          ) {
            accepted.push(input);
          }
        }),
        { numRuns: RUNS_PER_PROCEDURE },
      );
      // Then the nastiest values in each field of accepted inputs (the known valid ones and
      // the fuzzer's): chance alone rarely puts them where they get past validation.
      for (const input of (validInputs[procedure.path] ?? []).slice(0, ACCEPTED_FROM_DATA)) {
        if (!isPlainObject(input)) continue;
        const answer = await call(input);
        if (answer.status === 200) accepted.push(input);
      }
      for (const input of accepted) {
        for (const variant of fieldVariants(input, procedure.inputSchema)) await call(variant);
      }
      if (procedure.inputSchema) {
        // Refusals must be among the outcomes, or the fuzzer sent nothing hostile.
        expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
      } else {
        expect(statuses.get(200)).toBeGreaterThan(0);
      }
      expect(s.server.loggedErrors.map(String)).toEqual([]);
    }, 120_000);
  }

  it('survives malformed JSON bodies, broken UTF-8 and huge nesting on every mutation', async () => {
    const mutations = publicProcedures.filter((p) => p.kind === 'mutation');
    for (const procedure of mutations) {
      for (const body of MALFORMED_BODIES) {
        const answer = await probe(
          procedure,
          () =>
            fetchAnswer(s.url(`/trpc/${procedure.path}`), {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', ...nextClient() },
              body,
            }),
          `${procedure.path} body ${describeInput(typeof body === 'string' ? body : [...body])}`,
        );
        // A procedure without input may ignore its body; one with input must refuse it.
        if (procedure.inputSchema) {
          expect(answer.status, procedure.path).toBeGreaterThanOrEqual(400);
        }
      }
    }
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);

  it('survives malformed query strings on every query', async () => {
    const queries = publicProcedures.filter((p) => p.kind === 'query');
    for (const procedure of queries) {
      for (const query of MALFORMED_QUERY_STRINGS) {
        await probe(
          procedure,
          () => fetchAnswer(s.url(`/trpc/${procedure.path}?${query}`), { headers: nextClient() }),
          `${procedure.path}?${query.slice(0, 80)}`,
        );
      }
    }
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);

  it('refuses oversized bodies, wrong methods, odd paths and hostile batches cleanly', async () => {
    const mutation = publicProcedures.find((p) => p.path === 'forms.bringDilemma')!;
    const query = publicProcedures.find((p) => p.path === 'agenda.list')!;
    const tooBig = await probe(
      mutation,
      () =>
        fetchAnswer(s.url('/trpc/forms.bringDilemma'), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...nextClient() },
          body: JSON.stringify({ sessionSlug: 'x', text: 'x'.repeat(1_500_000) }),
        }),
      'a 1.5 MB body',
    );
    expect(tooBig.status).toBe(413);
    // A mutation must never run from a GET (a link or an <img> could trigger it).
    const slug = pool.slugs[0] ?? 'x';
    const viaGet = await probe(
      mutation,
      () =>
        fetchAnswer(
          s.url(
            `/trpc/forms.bringDilemma?input=${encodeURIComponent(JSON.stringify({ sessionSlug: slug, text: 'Een vraag via een link in een mail.' }))}`,
          ),
        ),
      'a mutation by GET',
    );
    expect(viaGet.status).toBe(405);
    const queryByPost = await probe(
      query,
      () =>
        fetchAnswer(s.url('/trpc/agenda.list'), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        }),
      'a query by POST',
    );
    expect(queryByPost.status).toBe(405);
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      await probe(query, () => fetchAnswer(s.url('/trpc/agenda.list'), { method }), method);
    }
    for (const path of ODD_PROCEDURE_PATHS) {
      await probe(
        query,
        () => fetchAnswer(s.url(`/trpc/${path}`)),
        `GET /trpc/${path.slice(0, 40)}`,
      );
      await probe(
        query,
        () =>
          fetchAnswer(s.url(`/trpc/${path}`), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{}',
          }),
        `POST /trpc/${path.slice(0, 40)}`,
      );
    }
    // A batch mixing public, admin and unknown procedures with hostile inputs.
    const paths = [
      'agenda.list',
      'admin.sessions.list',
      'reports.list',
      'bestaat.niet',
      '__proto__',
    ];
    const inputs = fc.sample(hostileValue, { numRuns: paths.length, seed: 42 });
    const batchInput = Object.fromEntries(inputs.map((value, i) => [String(i), value]));
    await probe(
      query,
      () =>
        fetchAnswer(
          s.url(
            `/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(batchInput))}`,
          ),
        ),
      'a hostile batch',
    );
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  }, 120_000);

  it('is still healthy afterwards and nothing polluted Object.prototype', async () => {
    const health = await fetchAnswer(s.url('/healthz'));
    expect(health.status).toBe(200);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(s.server.loggedErrors.map(String)).toEqual([]);
  });
});
