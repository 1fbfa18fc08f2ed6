import { sql, type Kysely } from 'kysely';
import { migrations } from '../migrations/index.js';
import { migrateTo, migrateToLatest } from '../migrator.js';
import { DATA_VERSION_TABLE, rowCounts, tablesInCopyOrder } from './snapshot.catalog.js';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotHeader,
  type SnapshotSink,
} from './snapshot.records.js';
import { createSnapshotWriter, dataVersions } from './snapshot.write.js';

/** Pushes a snapshot's records after the header into the sink, in order. */
export type SnapshotFeed = (sink: SnapshotSink) => Promise<unknown>;

/** Why a restore was refused before it changed anything (Dutch, for the operator). */
export type RestoreRefusal = { readonly ok: false; readonly message: string };

/** What a restore did. */
export type RestoreOutcome = { readonly ok: true; readonly counts: Record<string, number> };

/** Options of {@link restoreSnapshot}. */
export type RestoreOptions = {
  /** Empty a target that holds data first (its data is lost). Default: refuse such a target. */
  readonly force?: boolean;
  /** Migrate to the newest schema afterwards, as the server would on start. Default true. */
  readonly upgrade?: boolean;
};

/**
 * Whether a snapshot's schema is one this code knows: its migrations are the first ones of
 * `migrations`, in order. A backup of a newer Jamsessie is refused (update the code first).
 * Returns a Dutch refusal or `undefined`.
 */
export function refuseUnknownSchema(header: SnapshotHeader): RestoreRefusal | undefined {
  if (header.format !== SNAPSHOT_FORMAT || header.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    return { ok: false, message: 'Dit is geen Jamsessie-back-up (of een onbekende versie).' };
  }
  const known = Object.keys(migrations);
  const unknown = header.migrations.find((name, i) => known[i] !== name);
  if (unknown !== undefined || header.migrations.length === 0) {
    return {
      ok: false,
      message: `De back-up hoort bij een schema dat deze versie van Jamsessie niet kent (${
        unknown ?? 'geen migraties'
      }): werk Jamsessie eerst bij.`,
    };
  }
  return undefined;
}

/** Whether any table but the change counters has a row (Kysely's own tables excluded). */
export async function holdsData<T>(database: Kysely<T>): Promise<boolean> {
  const db = database as Kysely<unknown>;
  const tables = (await tablesInCopyOrder(db)).map((t) => t.name);
  const counts = await rowCounts(
    db,
    tables.filter((name) => name !== DATA_VERSION_TABLE),
  );
  return Object.values(counts).some((n) => n > 0);
}

/**
 * Restores a snapshot into `db`: refuses a target with data (unless `force`, which empties it
 * first), brings the schema to the snapshot's migration, copies every table in one
 * transaction (a failure leaves the target without any of the rows), checks the row counts,
 * and then migrates to the newest schema, as the server would on start.
 *
 * @example
 * const outcome = await restoreSnapshot(db, header, (sink) => copyRecordsInto(sink));
 * if (!outcome.ok) console.error(outcome.message);
 */
export async function restoreSnapshot<T>(
  database: Kysely<T>,
  header: SnapshotHeader,
  feed: SnapshotFeed,
  options: RestoreOptions = {},
): Promise<RestoreOutcome | RestoreRefusal> {
  const db = database as Kysely<unknown>;
  const refusal = refuseUnknownSchema(header);
  if (refusal) return refusal;
  let versionsBefore: Record<string, number> | undefined;
  if (await holdsData(db)) {
    if (!options.force) {
      return {
        ok: false,
        message:
          'De doeldatabase is niet leeg: er is niets teruggezet. Kies een lege map of database, of geef --force om de gegevens erin te vervangen.',
      };
    }
    versionsBefore = await dataVersions(db);
    await emptyAllTables(db);
  }
  const last = header.migrations[header.migrations.length - 1] as string;
  await migrateTo(db, last);
  const tables = await tablesInCopyOrder(db);
  await db.transaction().execute(async (trx) => {
    const writer = await createSnapshotWriter(trx, tables, versionsBefore);
    await feed((record) => writer.write(record));
    await writer.finish();
  });
  const counts = await rowCounts(
    db,
    tables.map((t) => t.name),
  );
  if (options.upgrade !== false) await migrateToLatest(db);
  return { ok: true, counts };
}

async function emptyAllTables(db: Kysely<unknown>): Promise<void> {
  const tables = (await tablesInCopyOrder(db)).map((t) => sql.table(t.name));
  if (tables.length > 0) await sql`truncate ${sql.join(tables)} restart identity`.execute(db);
}
