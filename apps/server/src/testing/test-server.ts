import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequestHandler, type RequestHandlerOptions } from '../http/router.js';
import type { StaticRoots } from '../http/static-files.js';

/** A request handler listening on a random loopback port, for integration tests. */
export type TestServer = {
  readonly baseUrl: string;
  /** Errors the handler logged (tests assert none leaked to the client). */
  readonly loggedErrors: unknown[];
  close(): Promise<void>;
};

/**
 * Starts `createRequestHandler` on 127.0.0.1 with a random port. `baseUrl` of the handler is
 * this server's own address unless the options say otherwise.
 *
 * @example const server = await startTestServer({ db, now: () => NOW, staticRoots });
 */
export async function startTestServer(
  options: Omit<RequestHandlerOptions, 'baseUrl'> & { baseUrl?: string },
): Promise<TestServer> {
  const loggedErrors: unknown[] = [];
  let handlerBaseUrl = options.baseUrl;
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  handlerBaseUrl ??= baseUrl;
  const handler = createRequestHandler({
    ...options,
    baseUrl: handlerBaseUrl,
    logError: (_message, error) => loggedErrors.push(error),
  });
  return {
    baseUrl,
    loggedErrors,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * Two fake app builds in a temp folder: an `index.html` per app and a hashed bundle, enough
 * to test serving, caching, gzip and the SPA fallback. `remove()` deletes the folder.
 */
export function fakeStaticRoots(): StaticRoots & { remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'jamsessie-static-'));
  const agenda = join(root, 'agenda');
  const admin = join(root, 'admin');
  mkdirSync(join(agenda, 'assets'), { recursive: true });
  mkdirSync(join(admin, 'assets'), { recursive: true });
  writeFileSync(
    join(agenda, 'index.html'),
    '<!doctype html><title>Agenda</title><p>AGENDA-INDEX</p>',
  );
  writeFileSync(
    join(admin, 'index.html'),
    '<!doctype html><title>Beheer</title><p>ADMIN-INDEX</p>',
  );
  // Big enough (> 1 KB) to be gzipped.
  writeFileSync(
    join(agenda, 'assets', 'app-3f2a1b.js'),
    `console.log(${JSON.stringify('x'.repeat(4000))});\n`,
  );
  writeFileSync(join(agenda, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'secret.txt'), 'OUTSIDE-THE-ROOT');
  return { agenda, admin, remove: () => rmSync(root, { recursive: true, force: true }) };
}
