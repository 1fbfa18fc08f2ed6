import { pathToFileURL } from 'node:url';
import {
  dataDirOf,
  isDataFolder,
  withDefaults,
  withoutPassword,
  type CommandIo,
} from './command-io.js';
import { moveDatabase } from './move-to-postgres.js';

/**
 * `npm run db:move-to-postgres` with DATABASE_URL set: copies the embedded PGlite folder
 * (DATA_DIR) into the empty PostgreSQL database of DATABASE_URL, checks every table's row
 * count and change counter, and says what to set next. Stop the server first. Returns the
 * exit code (1 when refused or when a check fails).
 *
 * @example DATABASE_URL=postgres://jamsessie@db/jamsessie npm run db:move-to-postgres
 */
export async function runMoveToPostgresCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CommandIo = {},
): Promise<number> {
  const { log, open, now } = withDefaults(io);
  const databaseUrl = env.DATABASE_URL?.trim();
  if (args.length > 0 || !databaseUrl) {
    log(
      'Gebruik: DATABASE_URL=postgres://… npm run db:move-to-postgres   (DATA_DIR: de PGlite-map)',
    );
    return 2;
  }
  const dataDir = dataDirOf(env);
  if (!isDataFolder(dataDir)) {
    log(`In ${dataDir} staat geen PGlite-database: zet DATA_DIR op de map van de server.`);
    return 1;
  }
  const source = await open({ dataDir });
  try {
    const target = await open({ databaseUrl });
    try {
      const outcome = await moveDatabase(source.db, target.db, now());
      if (!outcome.ok) {
        log(outcome.message);
        return 1;
      }
      for (const t of outcome.tables) {
        log(
          `${t.source === t.target ? 'ok ' : 'FOUT'} ${t.table}: ${t.target} van ${t.source} rijen`,
        );
      }
      for (const line of outcome.versionMismatches) log(`FOUT versie ${line}`);
      if (!outcome.matches) {
        log('De kopie wijkt af van de bron: blijf PGlite gebruiken en meld dit.');
        return 1;
      }
      log(
        [
          `Klaar: alle tabellen en dataversies zijn gelijk. Zet nu in de omgeving van de server`,
          `  DATABASE_URL=${withoutPassword(databaseUrl)}`,
          `en start hem opnieuw; DATA_DIR wordt dan niet meer gebruikt. Bewaar ${dataDir}`,
          `als reserve tot de server een tijd goed op PostgreSQL draait.`,
        ].join('\n'),
      );
      return 0;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

// Run as a script (`tsx src/ops/move-to-postgres.command.ts`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runMoveToPostgresCommand(process.argv.slice(2), process.env);
}
