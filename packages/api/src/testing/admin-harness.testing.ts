import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  insertAccount,
  seedDemoData,
  type DatabaseHandle,
  type DatabaseKind,
} from '@jamsessie/db';
import { createContextInner, type AuthUser } from '../context.js';
import { createCaller } from '../root.js';
import { createCallerFactory } from '../trpc.js';
import { protocolViewRouter } from '../live/protocol-view.public.router.js';

/** The public origin of the admin tests. */
export const TEST_BASE_URL = 'https://jamsessie.test';

/** When the demo data is seeded: 1 March 2025, before the first session of the series. */
export const SEEDED_AT = new Date('2025-03-01T09:00:00.000Z');

/** A clock a test moves by hand: every caller built on it reads the same, current time. */
export type TestClock = { now: Date; set(iso: string): void; advance(minutes: number): void };

/**
 * A settable clock.
 *
 * @example const clock = testClock('2025-05-05T11:05:00.000Z'); clock.advance(5);
 */
export function testClock(start: string): TestClock {
  const clock: TestClock = {
    now: new Date(start),
    set(iso) {
      clock.now = new Date(iso);
    },
    advance(minutes) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  return clock;
}

/** The signed-in users of the admin tests: one coordinator, one admin (real accounts). */
export type AdminUsers = { coordinator: AuthUser; admin: AuthUser };

async function account(handle: DatabaseHandle, role: AuthUser['role'], name: string) {
  const created = await insertAccount(handle.db, {
    id: randomUUID(),
    email: `${name.toLowerCase()}@beweging.example`,
    displayName: name,
    passwordHash: 'not-used-in-these-tests',
    role,
  });
  if (!created.ok) throw new Error(created.error.message);
  const { id, email, displayName } = created.value;
  return { id, email, displayName, role };
}

/**
 * A migrated database of `kind` with the demo data (seeded as of 1 March 2025) and a
 * coordinator and an admin account. Open one per test file in `beforeAll`.
 */
export async function openAdminDatabase(
  kind: DatabaseKind,
): Promise<{ handle: DatabaseHandle; users: AdminUsers }> {
  const handle = await createTestDatabase(kind);
  await seedDemoData(handle.db, { now: SEEDED_AT });
  const users = {
    coordinator: await account(handle, 'coordinator', 'Coordinator'),
    admin: await account(handle, 'admin', 'Beheerder'),
  };
  return { handle, users };
}

/**
 * A caller for `user` (null: anonymous) whose clock is `clock` (read at every call).
 *
 * @example const caller = adminCaller(handle.db, users.coordinator, clock);
 */
export function adminCaller(db: DatabaseHandle['db'], user: AuthUser | null, clock: TestClock) {
  return createCaller(
    createContextInner({
      db,
      user,
      now: () => clock.now,
      clientKey: randomUUID(),
      baseUrl: TEST_BASE_URL,
    }),
  );
}

/** A caller of the PUBLIC participants' screen (the lead mounts it as `live`). */
export function liveCaller(db: DatabaseHandle['db'], clock: TestClock) {
  return createCallerFactory(protocolViewRouter)(
    createContextInner({ db, user: null, now: () => clock.now, baseUrl: TEST_BASE_URL }),
  );
}

/**
 * The error a promise rejects with, for assertions on `code`, `message` and the domain code.
 *
 * @example expect((await failure(caller.admin.sessions.update(stale))).code).toBe('CONFLICT');
 */
export async function failure(promise: Promise<unknown>): Promise<{
  code: string;
  message: string;
  domainCode: string | null;
}> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; message?: string; cause?: { code?: string } };
    return {
      code: e.code ?? 'UNKNOWN',
      message: e.message ?? '',
      domainCode: e.cause?.code ?? null,
    };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
