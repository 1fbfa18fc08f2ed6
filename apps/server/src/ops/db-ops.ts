/**
 * `npm run db:backup -- FILE`, `npm run db:restore -- FILE [--force]` and
 * `npm run db:move-to-postgres`: the database commands, run in the server's folder so that
 * DATABASE_URL and DATA_DIR mean exactly what they mean to the server. The work itself lives
 * in `@jamsessie/db` (`src/ops/`).
 */
import { runBackupCommand, runMoveToPostgresCommand, runRestoreCommand } from '@jamsessie/db';

const commands = {
  backup: runBackupCommand,
  restore: runRestoreCommand,
  'move-to-postgres': runMoveToPostgresCommand,
} as const;

const [name, ...args] = process.argv.slice(2);
const command = commands[name as keyof typeof commands] as
  (typeof commands)[keyof typeof commands] | undefined;
if (command) {
  process.exitCode = await command(args, process.env);
} else {
  console.error(`Onbekend commando ${name ?? ''}: kies ${Object.keys(commands).join(', ')}.`);
  process.exitCode = 2;
}
