import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle, type DatabaseOptions } from '../database.js';
import { migrateToLatest } from '../migrator.js';
import { seedDemoData } from '../seed/seed.js';
import { createTestDatabase } from '../testing/test-database.js';
import { runMoveToPostgresCommand } from './move-to-postgres.command.js';
import { everyRow, OPS_TEST_NOW, visibleState } from './ops.fixtures.js';
import { dataVersions } from './snapshot.write.js';

// The move needs a PostgreSQL server; without DATABASE_URL only PGlite runs elsewhere.
describe.runIf(process.env.DATABASE_URL)('moving a PGlite folder to PostgreSQL', () => {
  let folder: string;
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  const lines: string[] = [];
  const env = () => ({ DATABASE_URL: 'postgres://doel/test', DATA_DIR: join(folder, 'data') });
  const io = {
    log: (line: string) => lines.push(line),
    now: () => OPS_TEST_NOW,
    open: (options: DatabaseOptions) =>
      options.databaseUrl
        ? Promise.resolve({ ...target, close: () => Promise.resolve() })
        : createDatabase(options),
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jamsessie-move-'));
    const seeded = await createDatabase({ dataDir: join(folder, 'data') });
    await migrateToLatest(seeded.db);
    await seedDemoData(seeded.db, { now: OPS_TEST_NOW });
    // A few changes, so the change counters are not where a fresh seed leaves them.
    await seeded.db.updateTable('session').set({ title: 'Verplaatst' }).execute();
    await seeded.db.updateTable('series').set({ title: 'Reeks' }).execute();
    await seeded.close();
    target = await createTestDatabase('postgres');
  }, 180_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('copies every table, checks counts and data versions, and says what to set', async () => {
    const code = await runMoveToPostgresCommand([], env(), io);
    expect(code, lines.join('\n')).toBe(0);
    const output = lines.join('\n');
    expect(output).toMatch(/^ok +session: \d+ van \d+ rijen$/m);
    expect(output).toContain('DATABASE_URL=postgres://doel/test');
    expect(output).not.toContain('FOUT');

    source = await createDatabase({ dataDir: join(folder, 'data') });
    expect(await visibleState(target.db)).toEqual(await visibleState(source.db));
    expect(await everyRow(target.db)).toEqual(await everyRow(source.db));
    expect((await dataVersions(target.db)).session).toBeGreaterThan(1);
    expect(await migrateToLatest(target.db)).toEqual([]);
  }, 60_000);

  it('refuses a PostgreSQL database that holds data, and one without a folder', async () => {
    await source.close();
    lines.length = 0;
    expect(await runMoveToPostgresCommand([], env(), io)).toBe(1);
    expect(lines.join('\n')).toContain('niet leeg');
    lines.length = 0;
    const missing = { ...env(), DATA_DIR: join(folder, 'bestaat-niet') };
    expect(await runMoveToPostgresCommand([], missing, io)).toBe(1);
    expect(lines.join('\n')).toContain('geen PGlite-database');
    expect(await runMoveToPostgresCommand([], { DATA_DIR: join(folder, 'data') }, io)).toBe(2);
    source = await createDatabase({ dataDir: join(folder, 'data') });
  }, 60_000);
});
