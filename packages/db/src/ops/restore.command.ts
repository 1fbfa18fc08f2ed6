import { pathToFileURL } from 'node:url';
import { openBackupFile } from './backup-file.js';
import {
  describeDatabase,
  parseFileArgs,
  serverDatabase,
  withDefaults,
  type CommandIo,
} from './command-io.js';
import { restoreSnapshot } from './snapshot.restore.js';

const USAGE = 'Gebruik: npm run db:restore -- BESTAND [--force]';

/**
 * `npm run db:restore -- FILE [--force]`: puts a backup into the server's database
 * (DATABASE_URL, else PGlite in DATA_DIR; a new folder is made). Refuses a database that
 * holds data unless `--force`. Stop the server first. Returns the exit code.
 *
 * @example process.exitCode = await runRestoreCommand(['backup.jsb.gz'], process.env)
 */
export async function runRestoreCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CommandIo = {},
): Promise<number> {
  const { log, open } = withDefaults(io);
  const parsed = parseFileArgs(args, env, USAGE, true);
  if (!parsed.ok || parsed.file === undefined) {
    log(parsed.ok ? USAGE : parsed.message);
    return 2;
  }
  let file;
  try {
    file = await openBackupFile(parsed.file);
  } catch (error) {
    log((error as Error).message);
    return 1;
  }
  const database = serverDatabase(env);
  const handle = await open(database);
  try {
    const outcome = await restoreSnapshot(handle.db, file.header, (sink) => file.feed(sink), {
      force: parsed.force,
    });
    if (!outcome.ok) {
      log(outcome.message);
      return 1;
    }
    const rows = Object.values(outcome.counts).reduce((a, b) => a + b, 0);
    log(
      `Back-up van ${file.header.takenAt} teruggezet in ${describeDatabase(database)} (${rows} rijen). Start nu de server.`,
    );
    return 0;
  } finally {
    file.close();
    await handle.close();
  }
}

// Run as a script (`tsx src/ops/restore.command.ts FILE`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runRestoreCommand(process.argv.slice(2), process.env);
}
