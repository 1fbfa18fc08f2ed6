import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { sleep } from './stats.js';

/** The repository root: servers start from here, as `npm start` does. */
export const repoRoot = resolve(import.meta.dirname, '../..');

/** Node's flags for running the project's TypeScript sources (what the server entry uses). */
export const TSX_FLAGS = ['--conditions=source', '--import', 'tsx'];

/** One GET without keep-alive; resolves with the status, or 0 when nothing listens yet. */
export function statusOf(url: string): Promise<number> {
  return new Promise((done) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', () => done(0));
    req.setTimeout(5_000, () => req.destroy());
    req.end();
  });
}

/**
 * Polls `url` every 10 ms until it answers 200; resolves with the time since `startedAt`
 * (a `performance.now()` reading taken just before the process was spawned), in ms.
 */
export async function msUntilOk(
  url: string,
  startedAt: number,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<number> {
  while (performance.now() - startedAt < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    if ((await statusOf(url)) === 200) return performance.now() - startedAt;
    await sleep(10);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** Starts a Node process from the repository root; output is kept for error messages. */
export function spawnNode(
  args: readonly string[],
  env: Record<string, string>,
  options: { ipc?: boolean } = {},
): ChildProcess & { output: () => string } {
  let log = '';
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return Object.assign(child, { output: () => log });
}

/** Waits for the first IPC message of a child (its "ready" report). */
export function firstMessage<T>(child: ChildProcess & { output: () => string }): Promise<T> {
  return new Promise((done, fail) => {
    child.once('message', (message) => done(message as T));
    child.once('exit', (code) => fail(new Error(`child exited (${code}):\n${child.output()}`)));
  });
}

/** Sends SIGTERM to a child this bench started and waits for it to exit (SIGKILL after 15 s). */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** The resident set size of a process, in bytes (Linux `/proc/<pid>/status`). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}
