import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '@jamsessie/testing';

const repoRoot = resolve(import.meta.dirname, '../../../..');

/** `src/main.ts` running as its own process, as in production. */
export type MainProcess = {
  readonly baseUrl: string;
  /** The loopback port it listens on (to start a successor on the same one). */
  readonly port: number;
  readonly child: ChildProcess;
  /** Everything it printed on stdout and stderr so far. */
  output(): string;
  /** Whether it is still running (a crash is a finding). */
  alive(): boolean;
  /** SIGTERM, then the exit code (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<number | null>;
};

/**
 * Starts the real server process (`node --conditions=source --import tsx
 * apps/server/src/main.ts`) on a free loopback port with `env` added to this process's
 * environment, and waits for `/healthz` (90 s at most). `options.port` fixes the port (a
 * restarted process takes its predecessor's place behind a proxy).
 *
 * @example const main = await startMainProcess({ DATABASE_URL: cluster.url('faults_test') });
 */
export async function startMainProcess(
  env: Record<string, string>,
  options: { port?: number } = {},
): Promise<MainProcess> {
  const port = options.port ?? (await freePort());
  let log = '';
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'apps/server/src/main.ts'],
    {
      cwd: repoRoot,
      env: { ...process.env, SMTP_URL: '', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const main: MainProcess = {
    baseUrl,
    port,
    child,
    output: () => log,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: (graceMs = 15_000) => {
      if (!main.alive()) return Promise.resolve(child.exitCode);
      return new Promise((done) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', (code) => {
          clearTimeout(kill);
          done(code);
        });
        child.kill('SIGTERM');
      });
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (!main.alive()) throw new Error(`the server exited while starting:\n${log}`);
    const healthy = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return main;
    await new Promise((r) => setTimeout(r, 250));
  }
  await main.stop(1000);
  throw new Error(`the server did not become healthy within 90 s:\n${log}`);
}
