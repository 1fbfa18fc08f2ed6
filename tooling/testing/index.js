import { createServer } from 'node:net';

/**
 * A TCP port on loopback that was free a moment ago (the OS picks it; the probe releases it at
 * once). The one home of this helper for the server's tests, the e2e tests and the benchmarks.
 *
 * @example const port = await freePort(); // then start a server on 127.0.0.1:port
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
