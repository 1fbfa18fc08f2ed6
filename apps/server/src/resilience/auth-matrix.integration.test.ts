import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaller, createContextInner, type AuthUser } from '@jamsessie/api';
import { databaseKindsUnderTest } from '@jamsessie/db';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RESILIENCE_NOW,
  startResilienceServer,
  type ResilienceServer,
} from './resilience-server.testing.js';
import {
  routerProcedures,
  type ProcedureAccess,
  type ProcedureInfo,
} from './router-procedures.catalog.js';
import { participantSignedIn, PARTICIPANT_EMAIL } from './participant-session.testing.js';
import { callProcedure, signIn, trpcError } from './trpc-http.client.js';

/** The callers of the matrix (a participant: signed in to their own page by link). */
const ROLES = ['anonymous', 'participant', 'coordinator', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** What the auth check must do for a caller: refuse with this code, or let the call through. */
type Expected = 'UNAUTHORIZED' | 'FORBIDDEN' | 'passes';

/**
 * The rule, from the router's structure only: public procedures let everyone through;
 * `participant.mine.*` only a participant signed in by link (a coordinator's session is no
 * participant's); `admin.accounts.*` only admins; the rest of `admin.*` coordinators and
 * admins; anyone else must sign in (as the right kind) first.
 */
function expectedFor(access: ProcedureAccess, role: Role): Expected {
  if (access === 'public') return 'passes';
  if (access === 'participant') return role === 'participant' ? 'passes' : 'UNAUTHORIZED';
  if (role === 'anonymous' || role === 'participant') return 'UNAUTHORIZED';
  if (access === 'admin' && role === 'coordinator') return 'FORBIDDEN';
  return 'passes';
}

/** What happened, reduced to the auth question (and the code, for the artefact). */
type Observed = { code: string; outcome: Expected };

function observe(code: string): Observed {
  const outcome = code === 'UNAUTHORIZED' || code === 'FORBIDDEN' ? code : 'passes';
  return { code, outcome };
}

async function viaCaller(caller: unknown, path: string): Promise<Observed> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  try {
    // An empty input: enough to pass or fail the auth check; validation may refuse it after.
    await (target as (input: unknown) => Promise<unknown>)({});
    return observe('OK');
  } catch (error) {
    return observe(error instanceof TRPCError ? error.code : `THROWN ${String(error)}`);
  }
}

type Row = {
  procedure: ProcedureInfo;
  caller: Record<Role, Observed>;
  http: Record<Role, Observed>;
};

function markdown(kind: string, rows: Row[]): string {
  const cell = (o: Observed, expected: Expected) =>
    `${o.code}${o.outcome === expected ? '' : ' ✗ (expected ' + expected + ')'}`;
  const lines = [
    `# Authorisation matrix (${kind}, ${rows.length} procedures)`,
    '',
    'Each cell: the tRPC code for an empty input, through `createCaller` / over HTTP.',
    'Anything but UNAUTHORIZED or FORBIDDEN means the caller passed the auth check.',
    '',
    '| procedure | kind | access | anonymous | participant | coordinator | admin |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ procedure, caller, http }) =>
        `| ${procedure.path} | ${procedure.kind} | ${procedure.access} | ` +
        ROLES.map((role) => {
          const expected = expectedFor(procedure.access, role);
          return `${cell(caller[role], expected)} / ${cell(http[role], expected)}`;
        }).join(' | ') +
        ' |',
    ),
  ];
  return `${lines.join('\n')}\n`;
}

describe.each(databaseKindsUnderTest())('the authorisation matrix on %s', (kind) => {
  let s: ResilienceServer;
  const rows: Row[] = [];

  beforeAll(async () => {
    s = await startResilienceServer(kind);
  });
  afterAll(() => s?.close());

  it('matches the rule for every procedure, caller and transport', async () => {
    const procedures = routerProcedures();
    expect(procedures.length).toBeGreaterThan(40);
    // The users come from the database, as the HTTP layer would resolve them.
    const users: Record<Role, AuthUser | null> = {
      anonymous: null,
      participant: null,
      coordinator: s.accounts.coordinator.user,
      admin: s.accounts.admin.user,
    };
    const participant = await participantSignedIn(s, PARTICIPANT_EMAIL);
    const cookies: Record<Role, string | undefined> = {
      anonymous: undefined,
      participant: participant.cookie,
      coordinator: await signIn(
        s.server.baseUrl,
        users.coordinator!.email,
        s.accounts.coordinator.password,
      ),
      admin: await signIn(s.server.baseUrl, users.admin!.email, s.accounts.admin.password),
    };
    const callers = Object.fromEntries(
      ROLES.map((role) => [
        role,
        createCaller(
          createContextInner({
            db: s.handle.db,
            user: users[role],
            participant: role === 'participant' ? participant.user : null,
            now: () => RESILIENCE_NOW,
            clientKey: `matrix-${role}`,
            baseUrl: s.server.baseUrl,
          }),
        ),
      ]),
    ) as Record<Role, unknown>;

    for (const procedure of procedures) {
      const row: Row = { procedure, caller: {} as Row['caller'], http: {} as Row['http'] };
      for (const role of ROLES) {
        row.caller[role] = await viaCaller(callers[role], procedure.path);
        const answer = await callProcedure(
          s.server.baseUrl,
          procedure.path,
          procedure.kind,
          {},
          {
            ...(cookies[role] ? { cookie: cookies[role] } : {}),
          },
        );
        row.http[role] = observe(trpcError(answer)?.data.code ?? 'OK');
      }
      rows.push(row);
    }

    const path = join(tmpdir(), 'jamsessie-resilience', `auth-matrix-${kind}.md`);
    mkdirSync(join(tmpdir(), 'jamsessie-resilience'), { recursive: true });
    writeFileSync(path, markdown(kind, rows));
    console.log(`authorisation matrix (${kind}): ${path}`);

    const wrong = rows.flatMap(({ procedure, caller, http }) =>
      ROLES.flatMap((role) => {
        const expected = expectedFor(procedure.access, role);
        const observed: [string, Observed][] = [
          ['caller', caller[role]],
          ['http', http[role]],
        ];
        return observed.flatMap(([via, o]) =>
          o.outcome === expected
            ? []
            : [`${procedure.path} as ${role} via ${via}: ${o.code}, expected ${expected}`],
        );
      }),
    );
    expect(wrong).toEqual([]);
    // Passing the auth check with an empty input may end in a refusal, never in a crash.
    const crashed = rows.flatMap(({ procedure, caller, http }) =>
      ROLES.flatMap((role) =>
        [caller[role], http[role]]
          .filter((o) => o.code === 'INTERNAL_SERVER_ERROR' || o.code.startsWith('THROWN'))
          .map((o) => `${procedure.path} as ${role}: ${o.code}`),
      ),
    );
    expect(crashed).toEqual([]);
    // Every access level of the rule is exercised, so the matrix tests all four rules.
    expect(new Set(rows.map((r) => r.procedure.access))).toEqual(
      new Set(['public', 'participant', 'coordinator', 'admin']),
    );
  }, 120_000);
});
