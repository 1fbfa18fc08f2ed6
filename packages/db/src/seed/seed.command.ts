import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDatabase, type DatabaseHandle, type DatabaseOptions } from '../database.js';
import { migrateToLatest } from '../migrator.js';
import { seedDemoData, seedIfEmpty, type SeedResult } from './seed.js';

/** What the command was asked to do, after reading its arguments and environment. */
export type SeedCommand = {
  readonly database: DatabaseOptions;
  readonly ifEmpty: boolean;
  readonly now: Date;
};

const USAGE =
  'Gebruik: seed [--if-empty] [--now 2025-03-24T09:00:00Z] [--database-url postgres://…] [--data-dir ./.data]';

/**
 * Reads the seed command's arguments; the database comes from `--database-url`/`--data-dir`
 * or else from `DATABASE_URL`/`DATA_DIR`, like the server. Returns a Dutch message on bad input.
 *
 * @example parseSeedCommand(['--if-empty'], {}) // { ok: true, value: { database: { dataDir: './.data' }, ifEmpty: true, now } }
 */
export function parseSeedCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  now: Date = new Date(),
): { ok: true; value: SeedCommand } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        'if-empty': { type: 'boolean', default: false },
        now: { type: 'string' },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${USAGE}` };
  }
  const at = values.now === undefined ? now : new Date(values.now);
  if (Number.isNaN(at.getTime())) {
    return { ok: false, message: `Ongeldig tijdstip voor --now: ${values.now}\n${USAGE}` };
  }
  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
  const database: DatabaseOptions = databaseUrl
    ? { databaseUrl }
    : { dataDir: values['data-dir'] ?? (env.DATA_DIR || './.data') };
  return { ok: true, value: { database, ifEmpty: values['if-empty'], now: at } };
}

/**
 * Runs the seed command: opens and migrates the database, loads the demo data (always, adding
 * what is missing; or with `--if-empty` only into an empty database) and reports in Dutch.
 * Returns the process exit code. `open` is replaceable for tests.
 *
 * @example process.exitCode = await runSeedCommand(process.argv.slice(2), process.env)
 */
export async function runSeedCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: {
    log?: (line: string) => void;
    open?: (options: DatabaseOptions) => Promise<DatabaseHandle>;
  } = {},
): Promise<number> {
  const log = io.log ?? ((line: string) => console.log(line));
  const parsed = parseSeedCommand(args, env);
  if (!parsed.ok) {
    log(parsed.message);
    return 2;
  }
  const { database, ifEmpty, now } = parsed.value;
  const handle = await (io.open ?? createDatabase)(database);
  try {
    await migrateToLatest(handle.db);
    const result: SeedResult = ifEmpty
      ? await seedIfEmpty(handle.db, { now })
      : await seedDemoData(handle.db, { now });
    log(
      result.seeded
        ? `Demodata geladen: ${result.inserted} nieuw, ${result.skipped} bestonden al.`
        : 'De database is niet leeg: geen demodata geladen.',
    );
    return 0;
  } finally {
    await handle.close();
  }
}

// Run as a script (`tsx src/seed/seed.command.ts`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runSeedCommand(process.argv.slice(2), process.env);
}
