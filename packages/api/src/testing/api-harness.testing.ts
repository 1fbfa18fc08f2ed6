import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  seedDemoData,
  type DatabaseHandle,
  type DatabaseKind,
} from '@jamsessie/db';
import {
  createContextInner,
  type AuthUser,
  type ParticipantCookies,
  type ParticipantUser,
  type SessionCookies,
} from '../context.js';
import { createCaller } from '../root.js';

/** The public origin used in tests. */
export const TEST_BASE_URL = 'https://jamsessie.test';

/** A clock in the demo period: 1 March 2025, before the first session of the series. */
export const DEMO_NOW = new Date('2025-03-01T09:00:00.000Z');

/**
 * A signed-in coordinator for a caller's context (no account row: procedures only read
 * `ctx.user`). A fresh id each call, so audit rows of different tests stay apart.
 *
 * @example callerFor(db, { user: aCoordinator() }).admin.outbox.list({})
 */
export function aCoordinator(): AuthUser {
  return {
    id: randomUUID(),
    email: 'coordinator@beweging.example',
    displayName: 'Coördinator',
    role: 'coordinator',
  };
}

/**
 * A migrated test database of `kind` with the demo data as of `now`. Open one per test file
 * (`beforeAll`) and close it in `afterAll`.
 */
export async function openSeededDatabase(
  kind: DatabaseKind,
  now: Date = DEMO_NOW,
): Promise<{ handle: DatabaseHandle }> {
  const handle = await createTestDatabase(kind);
  await seedDemoData(handle.db, { now });
  return { handle };
}

/** Cookie hooks that remember what the API asked for. */
export function recordingCookies(): SessionCookies & {
  set: { token: string; expiresAt: Date }[];
  cleared: number;
} {
  const record = {
    set: [] as { token: string; expiresAt: Date }[],
    cleared: 0,
    setSession(token: string, expiresAt: Date) {
      record.set.push({ token, expiresAt });
    },
    clearSession() {
      record.cleared += 1;
    },
  };
  return record;
}

/** Options for {@link callerFor}. */
export type CallerOptions = {
  user?: AuthUser | null;
  now?: Date;
  clientKey?: string;
  cookies?: SessionCookies;
  sessionToken?: string | null;
  participant?: ParticipantUser | null;
  participantSessionToken?: string | null;
  participantCookies?: ParticipantCookies;
};

/**
 * A server-side caller against `db`, anonymous unless a user is given.
 *
 * @example const caller = callerFor(handle.db, { clientKey: 'test-1' });
 */
export function callerFor(db: DatabaseHandle['db'], options: CallerOptions = {}) {
  const now = options.now ?? DEMO_NOW;
  return createCaller(
    createContextInner({
      db,
      user: options.user ?? null,
      now: () => now,
      clientKey: options.clientKey ?? 'test-client',
      ...(options.cookies ? { cookies: options.cookies } : {}),
      sessionToken: options.sessionToken ?? null,
      participant: options.participant ?? null,
      participantSessionToken: options.participantSessionToken ?? null,
      ...(options.participantCookies ? { participantCookies: options.participantCookies } : {}),
      baseUrl: TEST_BASE_URL,
    }),
  );
}

/** Participant cookie hooks that remember what the API asked for. */
export function recordingParticipantCookies(): ParticipantCookies & {
  set: { token: string; expiresAt: Date }[];
  cleared: number;
} {
  const record = {
    set: [] as { token: string; expiresAt: Date }[],
    cleared: 0,
    setParticipantSession(token: string, expiresAt: Date) {
      record.set.push({ token, expiresAt });
    },
    clearParticipantSession() {
      record.cleared += 1;
    },
  };
  return record;
}
