import type { DatabaseKind } from '../database.js';

/** The name a backup file carries in its first line, so a wrong file is refused at once. */
export const SNAPSHOT_FORMAT = 'jamsessie-backup';

/** The version of the file layout (not of the schema: that is the migration list). */
export const SNAPSHOT_FORMAT_VERSION = 1;

/** First record: what the snapshot is and which schema its rows belong to. */
export type SnapshotHeader = {
  /** Always {@link SNAPSHOT_FORMAT}. */
  readonly kind: 'header';
  /** Always {@link SNAPSHOT_FORMAT}. */
  readonly format: typeof SNAPSHOT_FORMAT;
  /** Always {@link SNAPSHOT_FORMAT_VERSION}. */
  readonly formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  /** The migrations applied to the source, oldest first: the schema of the rows. */
  readonly migrations: readonly string[];
  /** The engine the snapshot was taken from (for the reader; restore works on both). */
  readonly engine: DatabaseKind;
  /** When the snapshot was taken, ISO UTC. */
  readonly takenAt: string;
};

/**
 * A batch of rows of one table as PostgreSQL's own JSON text (`jsonb_agg` of the rows), kept
 * as text so numbers and instants reach the target exactly as the source wrote them. Every
 * table has at least one batch, possibly `[]`.
 */
export type SnapshotRows = {
  /** Always 'rows'. */
  readonly kind: 'rows';
  /** The table the rows belong to. */
  readonly table: string;
  /** A JSON array of row objects, e.g. `[{"id": "…", "title": "…"}]`. */
  readonly json: string;
};

/** The state of one sequence, so new rows after a restore do not collide with old ones. */
export type SnapshotSequence = {
  /** Always 'sequence'. */
  readonly kind: 'sequence';
  /** The sequence's name in the `public` schema. */
  readonly name: string;
  /** Its last value, as text (a bigint). */
  readonly lastValue: string;
  /** Whether `lastValue` was handed out already (`setval`'s third argument). */
  readonly isCalled: boolean;
};

/** Last record: the row count of every table, so a cut-off file is refused, not half restored. */
export type SnapshotEnd = {
  /** Always 'end'. */
  readonly kind: 'end';
  /** Rows per table, e.g. `{ session: 24 }`. */
  readonly counts: Readonly<Record<string, number>>;
};

/** One record of a snapshot, in this order: header, rows per table, sequences, end. */
export type SnapshotRecord = SnapshotHeader | SnapshotRows | SnapshotSequence | SnapshotEnd;

/** Receives the records of a snapshot one by one (waits for each before the next). */
export type SnapshotSink = (record: SnapshotRecord) => Promise<void>;
