import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createDatabase,
  DEFAULT_DATA_DIR,
  type DatabaseHandle,
  type DatabaseOptions,
} from '../database.js';

/** What the ops commands take from outside: arguments, environment, where to print. */
export type CommandIo = {
  /** Prints one line for the operator (default: stdout). */
  readonly log?: (line: string) => void;
  /** Opens a database (replaceable in tests; default `createDatabase`). */
  readonly open?: (options: DatabaseOptions) => Promise<DatabaseHandle>;
  /** The clock (a backup records when it was taken). */
  readonly now?: () => Date;
};

/** The parsed arguments of an ops command, or a Dutch message with its usage. */
export type ParsedArgs =
  { ok: true; file: string | undefined; force: boolean } | { ok: false; message: string };

/**
 * Reads `FILE` and `--force` (when `allowForce`). A relative FILE is taken from the folder the
 * operator ran npm in (`INIT_CWD`), not from the package folder npm runs the script in.
 */
export function parseFileArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  usage: string,
  allowForce = false,
): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: allowForce ? { force: { type: 'boolean', default: false } } : {},
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) return { ok: false, message: usage };
    const given = positionals[0];
    const file = given === undefined ? undefined : resolve(env.INIT_CWD ?? process.cwd(), given);
    return { ok: true, file, force: values.force === true };
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${usage}` };
  }
}

/**
 * The database the server would open with this environment: `DATABASE_URL`, else PGlite in
 * `DATA_DIR` (default `./.data`), relative to the folder the server runs in.
 */
export function serverDatabase(env: NodeJS.ProcessEnv): DatabaseOptions {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return { databaseUrl };
  return { dataDir: dataDirOf(env) };
}

/** The PGlite folder of this environment, as an absolute path. */
export function dataDirOf(env: NodeJS.ProcessEnv): string {
  return resolve(env.DATA_DIR?.trim() || DEFAULT_DATA_DIR);
}

/** Whether a PGlite data folder exists there (a server has started on it at least once). */
export function isDataFolder(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/** Names a database for a message without its password. */
export function describeDatabase(options: DatabaseOptions): string {
  if (!options.databaseUrl) return `PGlite in ${options.dataDir ?? DEFAULT_DATA_DIR}`;
  return `PostgreSQL ${withoutPassword(options.databaseUrl)}`;
}

/** A connection URL with its password replaced by `***` (for messages and logs). */
export function withoutPassword(databaseUrl: string): string {
  if (!URL.canParse(databaseUrl)) return 'postgres://…';
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/** The defaults of {@link CommandIo}. */
export function withDefaults(io: CommandIo): Required<CommandIo> {
  return {
    log: io.log ?? ((line: string) => console.log(line)),
    open: io.open ?? createDatabase,
    now: io.now ?? (() => new Date()),
  };
}
