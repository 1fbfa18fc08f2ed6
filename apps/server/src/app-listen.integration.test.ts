import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ListenError, startApp } from './app.js';
import { isLoopbackHost } from './http/request-info.js';
import { readEnv } from './env.js';

function occupy(host: string): Promise<{ server: Server; port: number }> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, host, () => {
      const address = server.address();
      done({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe('where the server listens', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jamsessie-listen-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('knows which hosts stay on this machine', () => {
    for (const host of ['127.0.0.1', '127.8.0.1', '::1', 'localhost', '::ffff:127.0.0.1']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '2001:db8::1', 'jamsessie.example']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('warns about TRUST_PROXY beyond loopback, and refuses a taken port in one clear line', async () => {
    const taken = await occupy('0.0.0.0');
    const lines: string[] = [];
    try {
      const start = startApp({
        env: readEnv({ PORT: String(taken.port), DATA_DIR: dataDir, TRUST_PROXY: 'true' }),
        logger: { info: (line) => lines.push(line), error: (line) => lines.push(line) },
      });
      const error = await start.then(
        async (app) => {
          await app.stop();
          return null;
        },
        (refusal: unknown) => refusal,
      );
      expect(error).toBeInstanceOf(ListenError);
      expect((error as Error).message).toContain(`Poort ${taken.port} op 0.0.0.0 is al in gebruik`);
      expect((error as Error).message).not.toContain('\n');
      expect(lines.join('\n')).toContain('TRUST_PROXY=true maar de server luistert op 0.0.0.0');
    } finally {
      taken.server.close();
    }
  }, 60_000);
});
