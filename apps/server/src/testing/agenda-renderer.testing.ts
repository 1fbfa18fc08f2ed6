import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const AGENDA_APP = fileURLToPath(new URL('../../../agenda', import.meta.url));

/**
 * Builds the agenda app's server renderer (its `vite build --ssr`, about a second) into
 * `outDir`, so the first-view tests render with the app's real components, not a stand-in.
 * Returns the path of the built `entry-server.js`.
 *
 * @example const rendererPath = await buildAgendaRenderer(join(folder, 'dist-server'));
 */
export async function buildAgendaRenderer(outDir: string): Promise<string> {
  await build({
    root: AGENDA_APP,
    configFile: join(AGENDA_APP, 'vite.config.ts'),
    logLevel: 'silent',
    build: { ssr: 'src/entry-server.tsx', outDir, emptyOutDir: true },
  });
  return join(outDir, 'entry-server.js');
}
