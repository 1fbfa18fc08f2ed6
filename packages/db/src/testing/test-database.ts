import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type DatabaseHandle, type DatabaseKind } from '../database.js';
import { migrateToLatest } from '../migrator.js';

/**
 * The database kinds the integration tests run on: always PGlite, plus PostgreSQL when
 * `DATABASE_URL` is set.
 *
 * @example describe.each(databaseKindsUnderTest())('sessions on %s', (kind) => { ... })
 */
export function databaseKindsUnderTest(env: NodeJS.ProcessEnv = process.env): DatabaseKind[] {
  return env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Refuses a database whose name lacks 'test': tests create, empty and drop databases, and must
 * never do that to a real one.
 */
export function assertTestDatabaseName(name: string): void {
  if (!name.toLowerCase().includes('test')) {
    throw new Error(`refusing to use database "${name}" for tests: its name lacks "test"`);
  }
}

/**
 * A fresh, migrated database. PGlite lives in memory; on PostgreSQL a new database
 * `jamsessie_test_<random>` is created on the server of `DATABASE_URL` (whose own database
 * name must contain 'test') and dropped by `close()`. PGlite costs ~0.7 GB and ~2 s: open
 * one per test file (`beforeAll`), not per test.
 *
 * @example
 * let handle: DatabaseHandle;
 * beforeAll(async () => { handle = await createTestDatabase(kind); });
 * afterAll(() => handle.close());
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const handle = await createDatabase({ memory: true });
    await migrateToLatest(handle.db);
    return handle;
  }
  const serverUrl = env.DATABASE_URL;
  if (!serverUrl)
    throw new Error('DATABASE_URL is not set: cannot create a PostgreSQL test database');
  const adminUrl = new URL(serverUrl);
  assertTestDatabaseName(decodeURIComponent(adminUrl.pathname.slice(1)));
  const name = `jamsessie_test_${randomBytes(6).toString('hex')}`;
  assertTestDatabaseName(name);
  await onServer(serverUrl, `create database "${name}"`);
  const testUrl = new URL(serverUrl);
  testUrl.pathname = `/${name}`;
  const handle = await createDatabase({ databaseUrl: testUrl.toString(), poolSize: 5 });
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    await onServer(serverUrl, `drop database if exists "${name}" with (force)`);
    throw error;
  }
  return {
    db: handle.db,
    kind: 'postgres',
    ...(handle.poolUse ? { poolUse: handle.poolUse } : {}),
    close: async () => {
      await handle.close();
      await onServer(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
