import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { writeBackupFile } from './backup-file.js';
import {
  describeDatabase,
  isDataFolder,
  parseFileArgs,
  serverDatabase,
  withDefaults,
  type CommandIo,
} from './command-io.js';
import { appliedMigrations } from './snapshot.catalog.js';
import { readSnapshot } from './snapshot.read.js';

const USAGE = 'Gebruik: npm run db:backup -- BESTAND   (bijvoorbeeld jamsessie-2029-01-31.jsb.gz)';

/**
 * `npm run db:backup -- FILE`: writes the server's database (DATABASE_URL, else PGlite in
 * DATA_DIR) to one gzipped file, from one consistent snapshot, while the server may keep
 * running on PostgreSQL (stop it first on PGlite: a data folder has one user at a time).
 * Returns the exit code.
 *
 * @example process.exitCode = await runBackupCommand(['backup.jsb.gz'], process.env)
 */
export async function runBackupCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CommandIo = {},
): Promise<number> {
  const { log, open, now } = withDefaults(io);
  const parsed = parseFileArgs(args, env, USAGE);
  if (!parsed.ok || parsed.file === undefined) {
    log(parsed.ok ? USAGE : parsed.message);
    return 2;
  }
  const database = serverDatabase(env);
  if (database.dataDir && !isDataFolder(database.dataDir)) {
    log(`In ${database.dataDir} staat geen database: er is niets om te bewaren.`);
    return 1;
  }
  const handle = await open(database);
  try {
    if ((await appliedMigrations(handle.db as Kysely<unknown>)).length === 0) {
      log(`${describeDatabase(database)} is nooit door Jamsessie gevuld: geen back-up gemaakt.`);
      return 1;
    }
    let rows = 0;
    await writeBackupFile(parsed.file, (sink) =>
      readSnapshot(handle.db, handle.kind, now(), async (record) => {
        if (record.kind === 'end') rows = Object.values(record.counts).reduce((a, b) => a + b, 0);
        await sink(record);
      }),
    );
    log(
      `Back-up van ${describeDatabase(database)} geschreven naar ${parsed.file} (${rows} rijen).`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

// Run as a script (`tsx src/ops/backup.command.ts FILE`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runBackupCommand(process.argv.slice(2), process.env);
}
