import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { SnapshotHeader, SnapshotRecord, SnapshotSink } from './snapshot.records.js';

/**
 * Writes the records that `produce` emits to `path` as gzipped JSON lines. It writes to
 * `path.partial` and renames at the end, so a failed backup never leaves a file that looks
 * whole, and an older backup under the same name survives the failure.
 *
 * @example await writeBackupFile('backup.jsb.gz', (sink) => readSnapshot(db, 'pglite', now, sink));
 */
export async function writeBackupFile(
  path: string,
  produce: (sink: SnapshotSink) => Promise<unknown>,
): Promise<void> {
  const partial = `${path}.partial`;
  const gzip = createGzip();
  const file = createWriteStream(partial);
  gzip.pipe(file);
  try {
    await produce(async (record) => {
      if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, 'drain');
    });
    gzip.end();
    await finished(file);
    await rename(partial, path);
  } catch (error) {
    gzip.destroy();
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** An opened backup file: its header, and the records after it (read once, in order). */
export type BackupFile = {
  /** The first record. */
  readonly header: SnapshotHeader;
  /** Pushes the records after the header into a sink. */
  feed(sink: SnapshotSink): Promise<void>;
  /** Closes the file (also when `feed` was never called). */
  close(): void;
};

/**
 * Opens a backup file written by {@link writeBackupFile} and reads its header. Throws when the
 * file is not a gzipped snapshot.
 */
export async function openBackupFile(path: string): Promise<BackupFile> {
  const stream = createReadStream(path).pipe(createGunzip());
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const close = () => stream.destroy();
  try {
    const first = await lines.next();
    const header = first.done ? undefined : (JSON.parse(first.value) as SnapshotRecord);
    if (header?.kind !== 'header') throw new Error('the file does not start with a header');
    return {
      header,
      async feed(sink) {
        for (let line = await lines.next(); !line.done; line = await lines.next()) {
          if (line.value !== '') await sink(JSON.parse(line.value) as SnapshotRecord);
        }
      },
      close,
    };
  } catch (error) {
    close();
    throw new Error(`${path} is geen leesbare Jamsessie-back-up`, { cause: error });
  }
}
