import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@jamsessie/testing';

const repoRoot = resolve(import.meta.dirname, '../../../..');
/** The production configuration the test runs: the repository's own file, not a copy. */
export const DEPLOY_NGINX_CONF = join(repoRoot, 'deploy/nginx.conf');

/** Debian's nginx binary, or null when nginx is not installed (`apt-get install nginx-light`). */
export function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The repository's site configuration made runnable on loopback: only the `listen` line and
 * the upstream addresses change. `trustClientHeader` adds nginx's real-IP rule for the load
 * tool on loopback, so that the test's many simulated visitors keep their own rate-limit
 * budgets (in production every visitor has an address of its own).
 *
 * @example siteConfigForTest(text, { port: 8080, upstreams: [3001, 3002], trustClientHeader: true })
 */
export function siteConfigForTest(
  text: string,
  options: { port: number; upstreams: readonly number[]; trustClientHeader: boolean },
): string {
  const upstreamLine = /^\s*server 127\.0\.0\.1:\d+ (.*);$/gm;
  const firstLine = upstreamLine.exec(text);
  if (!firstLine) throw new Error('deploy/nginx.conf: no upstream `server 127.0.0.1:PORT …;` line');
  const settings = firstLine[1];
  const servers = options.upstreams
    .map((port) => `    server 127.0.0.1:${port} ${settings};`)
    .join('\n');
  let replaced = false;
  let site = text.replace(upstreamLine, () => {
    if (replaced) return '';
    replaced = true;
    return servers;
  });
  if (!/^\s*listen 80;$/m.test(site)) throw new Error('deploy/nginx.conf: no `listen 80;` line');
  site = site.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${options.port};`);
  if (options.trustClientHeader) {
    site = site.replace(
      /^(\s*)server_name _;$/m,
      '$1server_name _;\n$1set_real_ip_from 127.0.0.1;\n$1real_ip_header X-Forwarded-For;',
    );
  }
  return site;
}

/** nginx running as its own process on a loopback port. */
export type RunningNginx = {
  readonly baseUrl: string;
  /** The master's process id (its one worker is its child). */
  readonly pid: number;
  /** The error log so far (for failure messages). */
  errorLog(): Promise<string>;
  stop(): Promise<void>;
};

/**
 * Starts Debian's nginx with `deploy/nginx.conf` (made runnable by {@link siteConfigForTest})
 * in a temporary prefix, after `nginx -t` accepted it, and waits until it accepts connections.
 *
 * @example const proxy = await startNginx({ upstreams: [a.port, b.port] });
 */
export async function startNginx(options: {
  upstreams: readonly number[];
  /** Take the visitor from the load tool's X-Forwarded-For (default true; see siteConfigForTest). */
  trustClientHeader?: boolean;
}): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'jamsessie-nginx-'));
  // Worker processes drop root to an unprivileged user: they must reach the prefix.
  await chmod(dir, 0o755);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    await mkdir(join(dir, temp), { mode: 0o777 });
    await chmod(join(dir, temp), 0o777);
  }
  const site = siteConfigForTest(await readFile(DEPLOY_NGINX_CONF, 'utf8'), {
    port,
    upstreams: options.upstreams,
    trustClientHeader: options.trustClientHeader ?? true,
  });
  await writeFile(join(dir, 'site.conf'), site);
  await writeFile(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '    access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (temp) => `    ${temp === 'body' ? 'client_body' : temp}_temp_path ${join(dir, temp)};`,
      ),
      `    include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf')];
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);

  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const errorLog = () => readFile(join(dir, 'error.log'), 'utf8').catch(() => stderr);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = await errorLog();
      await stop();
      throw new Error(`nginx did not start:\n${stderr}\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, errorLog, stop };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
