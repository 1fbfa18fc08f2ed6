import type { IncomingMessage, ServerResponse } from 'node:http';
import { downloadOf } from '@jamsessie/domain';
import type { DownloadsOptions } from './downloads.route.js';

type ServeDownload = (
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
) => Promise<boolean>;

/**
 * The downloads handler, loaded at the first request for a download: its PDF and PNG
 * renderers (pdf-lib, fontkit, resvg and the fonts) are the heaviest modules of the server,
 * and a start should not wait for them before it listens. Other paths answer false at once.
 *
 * @example const serveDownload = createLazyDownloadsHandler({ db, now, baseUrl });
 */
export function createLazyDownloadsHandler(options: DownloadsOptions): ServeDownload {
  let loaded: Promise<ServeDownload> | undefined;
  return async function serveDownload(req, res, pathname) {
    if (!downloadOf(pathname)) return false;
    loaded ??= import('./downloads.route.js').then(
      (m) => m.createDownloadsHandler(options),
      (error: unknown) => {
        loaded = undefined; // the next request tries again
        throw error;
      },
    );
    return (await loaded)(req, res, pathname);
  };
}
