/**
 * A child process for the kill test (not a test itself): opens the PGlite data folder given
 * as its argument, migrates it, then writes one theme and one keyword per transaction in a
 * loop and prints `committed <id>` after each commit. It stops by itself after
 * `MAX_WRITES` or `MAX_MS`, in case nobody kills it.
 *
 * Run: node --conditions=source --import tsx apps/server/src/resilience/pglite-writer.child.ts <dataDir>
 */
import { randomUUID } from 'node:crypto';
import { createDatabase, insertKeyword, insertTheme, migrateToLatest } from '@jamsessie/db';

const MAX_WRITES = 5000;
const MAX_MS = 60_000;

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: pglite-writer.child.ts <dataDir>');

const handle = await createDatabase({ dataDir });
await migrateToLatest(handle.db);
console.log('ready');
const started = Date.now();
for (let i = 0; i < MAX_WRITES && Date.now() - started < MAX_MS; i += 1) {
  const id = randomUUID();
  const slug = `kill-${id}`;
  await handle.db.transaction().execute(async (tx) => {
    const theme = await insertTheme(tx, { id, slug, label: `Killtest ${i}` });
    const keyword = await insertKeyword(tx, { id, slug, label: `Killtest ${i}` });
    if (!theme.ok || !keyword.ok) throw new Error(`write ${i} refused`);
  });
  console.log(`committed ${id}`);
}
await handle.close();
