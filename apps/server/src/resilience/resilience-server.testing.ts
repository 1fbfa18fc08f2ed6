import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword, hashSessionToken, type AuthUser, type Db } from '@jamsessie/api';
import {
  createAuthSession,
  createTestDatabase,
  insertAccount,
  seedDemoData,
  type AccountRole,
  type DatabaseHandle,
  type DatabaseKind,
} from '@jamsessie/db';
import { SESSION_COOKIE } from '../http/cookies.js';
import { fakeStaticRoots, startTestServer, type TestServer } from '../testing/test-server.js';

/** The clock of the resilience tests: before the first 2025 jam session, so all are planned. */
export const RESILIENCE_NOW = new Date('2025-02-15T10:00:00.000Z');

/** A signed-up account of the tests: the user as the API sees it, and its password. */
export type TestAccount = { readonly user: AuthUser; readonly password: string };

/** One coordinator and one admin, created in the database like real accounts. */
export type TestAccounts = { readonly coordinator: TestAccount; readonly admin: TestAccount };

async function createAccount(db: Db, role: AccountRole): Promise<TestAccount> {
  const password = `resilience-${role}-wachtwoord`;
  const email = `${role}-${randomUUID().slice(0, 8)}@resilience.test`;
  const result = await insertAccount(db, {
    id: randomUUID(),
    email,
    displayName: role === 'admin' ? 'Beheerder Test' : 'Coördinator Test',
    passwordHash: await hashPassword(password),
    role,
  });
  if (!result.ok) throw new Error(`could not create the ${role} account: ${result.error.code}`);
  const { id, displayName } = result.value;
  return { user: { id, email: result.value.email, displayName, role }, password };
}

/**
 * Creates a coordinator and an admin account through the repository (argon2id hashes, as
 * the accounts router stores them), so tests can sign in over HTTP or build callers.
 *
 * @example const { coordinator, admin } = await createTestAccounts(handle.db);
 */
export async function createTestAccounts(db: Db): Promise<TestAccounts> {
  return {
    coordinator: await createAccount(db, 'coordinator'),
    admin: await createAccount(db, 'admin'),
  };
}

/** A seeded database with accounts behind a real request handler on a loopback port. */
export type ResilienceServer = {
  readonly handle: DatabaseHandle;
  readonly server: TestServer;
  readonly accounts: TestAccounts;
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  close(): Promise<void>;
};

/** Options of {@link startResilienceServer}. */
export type ResilienceServerOptions = {
  /** Trust X-Forwarded-For (one proxy): lets a test act as many clients from one address. */
  readonly trustProxy?: boolean;
};

/**
 * A fresh database of `kind` with the demo data (seeded at {@link RESILIENCE_NOW}), a
 * coordinator and an admin, served by `createRequestHandler` with fake app builds. One per
 * test file: PGlite costs about 0.7 GB.
 *
 * @example let s: ResilienceServer; beforeAll(async () => { s = await startResilienceServer(kind); });
 */
export async function startResilienceServer(
  kind: DatabaseKind,
  options: ResilienceServerOptions = {},
): Promise<ResilienceServer> {
  const handle = await createTestDatabase(kind);
  const roots = fakeStaticRoots();
  try {
    await seedDemoData(handle.db, { now: RESILIENCE_NOW });
    const accounts = await createTestAccounts(handle.db);
    const server = await startTestServer({
      db: handle.db,
      now: () => RESILIENCE_NOW,
      staticRoots: roots,
      trustProxy: options.trustProxy ?? false,
    });
    return {
      handle,
      server,
      accounts,
      url: (path) => `${server.baseUrl}${path}`,
      close: async () => {
        await server.close();
        await handle.close();
        roots.remove();
      },
    };
  } catch (error) {
    await handle.close();
    roots.remove();
    throw error;
  }
}

/**
 * A signed-in session for `user`, stored directly (as `auth.login` would store it) and
 * returned as a `Cookie` header value. For tests that must not spend sign-in attempts,
 * which count against the rate limit of the client address.
 *
 * @example const cookie = await sessionCookieFor(db, accounts.admin.user);
 */
export async function sessionCookieFor(db: Db, user: AuthUser): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await createAuthSession(db, {
    id: randomUUID(),
    tokenHash: hashSessionToken(token),
    accountId: user.id,
    expiresAt: new Date(RESILIENCE_NOW.getTime() + 86_400_000).toISOString(),
  });
  return `${SESSION_COOKIE}=${token}`;
}
