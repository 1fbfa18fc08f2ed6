import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, migrateToLatest } from '@jamsessie/db';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'jamsessie-kill-'));

/** Commits to wait for before the kill: enough that the kill lands in the middle of writing. */
const COMMITS_BEFORE_KILL = 40;
const CHILD_DEADLINE_MS = 90_000;

type KilledWriter = { committed: string[]; output: string };

/**
 * Runs the writer child on the data folder, SIGKILLs it once it reported
 * {@link COMMITS_BEFORE_KILL} commits (so mid-transaction, most likely), and returns the ids
 * it reported as committed.
 */
function writeUntilKilled(): Promise<KilledWriter> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        'apps/server/src/resilience/pglite-writer.child.ts',
        dataDir,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const committed: string[] = [];
    let output = '';
    let buffered = '';
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new Error(`the writer did not reach ${COMMITS_BEFORE_KILL} commits in time:\n${output}`),
      );
    }, CHILD_DEADLINE_MS);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const id = /^committed (\S+)$/.exec(line)?.[1];
        if (id) committed.push(id);
        if (committed.length === COMMITS_BEFORE_KILL) child.kill('SIGKILL');
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(deadline);
      if (signal !== 'SIGKILL') {
        fail(
          new Error(`the writer ended by itself (${code ?? signal}) before the kill:\n${output}`),
        );
        return;
      }
      done({ committed, output });
    });
  });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a PGlite data folder after the process is killed mid-write', () => {
  it('reopens, and every write reported as committed is there, whole (twice over)', async () => {
    const reported: string[] = [];
    for (let round = 1; round <= 2; round += 1) {
      const { committed } = await writeUntilKilled();
      expect(committed.length, `round ${round}`).toBeGreaterThanOrEqual(COMMITS_BEFORE_KILL);
      reported.push(...committed);

      const handle = await createDatabase({ dataDir });
      try {
        await migrateToLatest(handle.db);
        const themes = await handle.db
          .selectFrom('theme')
          .select('id')
          .where('slug', 'like', 'kill-%')
          .execute();
        const keywords = await handle.db
          .selectFrom('keyword')
          .select('id')
          .where('slug', 'like', 'kill-%')
          .execute();
        const themeIds = new Set(themes.map((t) => t.id));
        expect(
          reported.filter((id) => !themeIds.has(id)),
          `round ${round}: lost commits`,
        ).toEqual([]);
        // Atomicity: a transaction is there whole or not at all (the killed one included).
        expect(keywords.map((k) => k.id).sort(), `round ${round}`).toEqual([...themeIds].sort());
        // A reopened folder takes new writes.
        await handle.db
          .insertInto('theme')
          .values({ id: randomUUID(), slug: `na-kill-${round}`, label: 'Na' })
          .execute();
      } finally {
        await handle.close();
      }
    }
  }, 150_000);
});
