import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@jamsessie/testing';

const run = promisify(execFile);

/** Where Debian puts the server binaries: one folder per major version. */
const POSTGRES_ROOT = '/usr/lib/postgresql';

/** A PostgreSQL server of the test's own: its folder, its port, and its life cycle. */
export type ThrowawayCluster = {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>` (trust authentication). */
  url(database: string): string;
  /** `pg_ctl stop -m fast`: ends every connection, as an operator's restart would. */
  stop(): Promise<void>;
  /** `pg_ctl start`, waiting until it accepts connections. */
  start(): Promise<void>;
  /** Stops it (if running) and deletes its folder. */
  destroy(): Promise<void>;
  /** The server's own log, for failure messages. */
  log(): string;
};

function binDir(): string {
  const preferred = join(POSTGRES_ROOT, '15', 'bin');
  if (existsSync(join(preferred, 'initdb'))) return preferred;
  const versions = existsSync(POSTGRES_ROOT)
    ? readdirSync(POSTGRES_ROOT).filter((v) => existsSync(join(POSTGRES_ROOT, v, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error(
      `The fault test needs the PostgreSQL server binaries (initdb, pg_ctl) in ${POSTGRES_ROOT}/<version>/bin; ` +
        'install them with `apt-get install -y postgresql`.',
    );
  }
  return join(POSTGRES_ROOT, newest, 'bin');
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

/**
 * Creates and starts a PostgreSQL cluster in a fresh temp folder on a free port: `initdb` and
 * `pg_ctl` as the `postgres` user (`runuser`, since initdb refuses root), trust
 * authentication, listening on 127.0.0.1 only, its socket in /tmp. Fails with a clear message
 * when the binaries are missing. Call `destroy()` in `afterAll`.
 *
 * @example const cluster = await startThrowawayCluster(); … await cluster.destroy();
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(join(tmpdir(), 'jamsessie-pg-'));
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
  const pg = (tool: string, args: string[]) => run(...command(tool, args), { timeout: 60_000 });
  // Should the test process end without `destroy()` (a crash, a killed worker), the cluster
  // must not outlive it: stop it and delete its folder on the way out, synchronously.
  const cleanUpOnExit = () => {
    try {
      execFileSync(...command('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']), {
        stdio: 'ignore',
        timeout: 20_000,
      });
    } catch {
      // Not running: nothing to stop.
    }
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', cleanUpOnExit);
  const port = await freePort();
  const options = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`;
  let running = false;
  const cluster: ThrowawayCluster = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      await pg('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
      running = true;
    },
    stop: async () => {
      await pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    destroy: async () => {
      process.off('exit', cleanUpOnExit);
      if (running)
        await pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      running = false;
      rmSync(root, { recursive: true, force: true });
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
  try {
    if (asRoot) {
      const { uid, gid } = await postgresIds();
      chownSync(root, uid, gid);
    }
    await pg('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    await cluster.start();
  } catch (error) {
    const log = cluster.log();
    await cluster.destroy();
    throw new Error(`the throwaway PostgreSQL server did not start: ${String(error)}\n${log}`);
  }
  return cluster;
}
