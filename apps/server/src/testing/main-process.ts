import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '@jamsessie/testing';

const repoRoot = resolve(import.meta.dirname, '../../../..');

/** A server process started by {@link startMain}: its output so far and its address. */
export type Started = {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly baseUrl: string;
  readonly startedInMs: number;
};

/**
 * Starts `src/main.ts` as `npm start` does (PGlite in `dataDir`, no mail, production mode),
 * with `env` on top, and waits for /healthz.
 */
export async function startMain(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const port = await freePort();
  let log = '';
  const begin = performance.now();
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'apps/server/src/main.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: '',
        ADMIN_EMAIL: '',
        ADMIN_PASSWORD: '',
        SMTP_URL: '',
        PORT: String(port),
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    const healthy = await fetch(`${baseUrl}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy)
      return { child, output: () => log, baseUrl, startedInMs: performance.now() - begin };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${log}`);
}

/** Sends SIGTERM and resolves with the exit code. */
export async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((done) =>
    started.child.once('exit', (code) => done(code)),
  );
  started.child.kill('SIGTERM');
  return exited;
}
