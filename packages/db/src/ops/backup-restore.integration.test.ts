import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle, type DatabaseOptions } from '../database.js';
import { migrateToLatest } from '../migrator.js';
import { seedDemoData, seedIfEmpty } from '../seed/seed.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { runBackupCommand } from './backup.command.js';
import { everyRow, OPS_TEST_NOW, visibleState } from './ops.fixtures.js';
import { runRestoreCommand } from './restore.command.js';
import { dataVersions } from './snapshot.write.js';

/** A handle the command may close without closing the test's database. */
const borrowed = (handle: DatabaseHandle): DatabaseHandle => ({
  ...handle,
  close: () => Promise.resolve(),
});

describe.each(databaseKindsUnderTest())('backup and restore on %s', (kind) => {
  let folder: string;
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  let sourceEnv: NodeJS.ProcessEnv;
  let targetEnv: NodeJS.ProcessEnv;
  const lines: string[] = [];
  const io = (handle: () => DatabaseHandle) => ({
    log: (line: string) => lines.push(line),
    now: () => OPS_TEST_NOW,
    open: (options: DatabaseOptions) =>
      options.databaseUrl ? Promise.resolve(borrowed(handle())) : createDatabase(options),
  });

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jamsessie-backup-'));
    if (kind === 'pglite') {
      // Real folders, as an operator has them: the source a started server's, the target new.
      source = await createDatabase({ dataDir: join(folder, 'bron') });
      await migrateToLatest(source.db);
      sourceEnv = { DATA_DIR: join(folder, 'bron'), INIT_CWD: folder };
      targetEnv = { DATA_DIR: join(folder, 'nieuw'), INIT_CWD: folder };
    } else {
      source = await createTestDatabase('postgres');
      sourceEnv = { DATABASE_URL: 'postgres://bron/test', INIT_CWD: folder };
      targetEnv = { DATABASE_URL: 'postgres://doel/test', INIT_CWD: folder };
    }
    await seedDemoData(source.db, { now: OPS_TEST_NOW });
  }, 180_000);

  afterAll(async () => {
    await target?.close();
    await source?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const openTarget = async () => {
    if (kind === 'postgres') return createTestDatabase('postgres');
    return createDatabase({ dataDir: join(folder, 'nieuw') });
  };
  /** A PGlite folder has one user at a time: the test lets go of it while a command runs. */
  const onTarget = async <T>(command: () => Promise<T>): Promise<T> => {
    if (kind === 'postgres') return command();
    await target.close();
    try {
      return await command();
    } finally {
      target = await openTarget();
    }
  };

  it('writes one file and restores it into an empty database with the same content', async () => {
    expect(
      await runBackupCommand(
        ['back-up.jsb.gz'],
        sourceEnv,
        io(() => source),
      ),
    ).toBe(0);
    const header = gunzipSync(await readFile(join(folder, 'back-up.jsb.gz')))
      .toString()
      .split('\n')[0];
    expect(JSON.parse(header ?? '')).toMatchObject({ kind: 'header', engine: kind });

    // On PGlite the restore makes the folder; the PostgreSQL target is a new, empty database.
    if (kind === 'postgres') target = await openTarget();
    const restored = await runRestoreCommand(
      ['back-up.jsb.gz'],
      targetEnv,
      io(() => target),
    );
    expect(restored, lines.join('\n')).toBe(0);
    if (kind === 'pglite') target = await openTarget();

    // Started on it, the server finds its schema current and its data there (no demo seed).
    expect(await migrateToLatest(target.db)).toEqual([]);
    expect((await seedIfEmpty(target.db, { now: OPS_TEST_NOW })).seeded).toBe(false);
    const [before, after] = [await visibleState(source.db), await visibleState(target.db)];
    expect(before.upcoming.length + before.past.length).toBeGreaterThan(3);
    expect(before.reports.length).toBeGreaterThan(0);
    expect(before.people.length).toBeGreaterThan(3);
    expect(after).toEqual(before);
    expect(await everyRow(target.db)).toEqual(await everyRow(source.db));
  }, 60_000);

  it('refuses a database with data and changes nothing; --force replaces it', async () => {
    const rowsBefore = await everyRow(target.db);
    await target.db.deleteFrom('report_keyword').execute();
    const changed = await everyRow(target.db);
    expect(changed).not.toEqual(rowsBefore);
    lines.length = 0;
    expect(
      await runRestoreCommand(
        ['back-up.jsb.gz'],
        targetEnv,
        io(() => target),
      ),
    ).toBe(1);
    expect(lines.join('\n')).toContain('niet leeg');
    expect(await everyRow(target.db)).toEqual(changed);

    const versionsBefore = await dataVersions(target.db);
    const forced = await onTarget(() =>
      runRestoreCommand(
        ['back-up.jsb.gz', '--force'],
        targetEnv,
        io(() => target),
      ),
    );
    expect(forced, lines.join('\n')).toBe(0);
    expect(await visibleState(target.db)).toEqual(await visibleState(source.db));
    // Every change counter moved past the old one: no cached answer of the old data is reused.
    const versionsAfter = await dataVersions(target.db);
    for (const [table, version] of Object.entries(versionsBefore)) {
      expect(versionsAfter[table], table).toBeGreaterThan(version);
    }
  }, 60_000);

  it('refuses a cut-off file and leaves the target as it was', async () => {
    const whole = gunzipSync(await readFile(join(folder, 'back-up.jsb.gz'))).toString();
    const cut = whole.split('\n').slice(0, -3).join('\n');
    await writeFile(join(folder, 'kapot.jsb.gz'), gzipSync(cut));
    const before = await everyRow(target.db);
    lines.length = 0;
    const outcome = runRestoreCommand(
      ['kapot.jsb.gz', '--force'],
      targetEnv,
      io(() => target),
    );
    await expect(outcome).rejects.toThrow(/incomplete/);
    // --force empties the target before it copies; the copy itself is one transaction.
    expect(await everyRow(target.db)).not.toEqual(before);
    expect((await visibleState(target.db)).people).toEqual([]);
  }, 60_000);
});
