import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';

const api = 'http://127.0.0.1:3000';

/** The domain modules that never import zod (a domain test, zod-free.test.ts, keeps it so). */
const ZOD_FREE_DOMAIN =
  /packages[\\/]domain[\\/]src[\\/](?:shared[\\/](?:constants|amsterdam\.time)|format[\\/][\w.-]+|\w+[\\/][\w.-]+\.labels)\.ts$/;

// The workspace packages resolve to their TypeScript sources (the `source` export condition),
// so the domain's format helpers and labels are bundled straight from source.
// `vite build --ssr src/entry-server.tsx` (see package.json) builds the server's renderer of
// the first view into dist-server/: the workspace packages bundled in, the libraries imported.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: {
    noExternal: [/^@jamsessie\//],
    resolve: { conditions: ['source', ...defaultServerConditions] },
  },
  server: {
    proxy: {
      '/trpc': api,
      // Only the calendar feeds: the pages under /agenda/<slug> belong to this app.
      '^/agenda(\\.ics|/.*\\.ics)$': api,
      '/verslagen.rss': api,
      '/downloads': api,
      '/healthz': api,
    },
  },
  build: isSsrBuild
    ? { outDir: 'dist-server', target: 'node20', copyPublicDir: false }
    : {
        outDir: 'dist',
        target: 'es2022',
        // Small first view: the pages other than the agenda are split off (React.lazy). The
        // libraries and the domain package get chunks of their own, which change rarely and so
        // stay cached across releases of the app.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                // The schema library only serves the pages with forms: a chunk of its own keeps
                // it out of the first view (the agenda only shows data).
                { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 3 },
                { name: 'vendor', test: /node_modules/, priority: 2 },
                // Only the domain's zod-free modules (constants, Amsterdam time, formatters,
                // labels): its schemas go with the pages that validate input.
                { name: 'domain', test: ZOD_FREE_DOMAIN, priority: 1 },
              ],
            },
          },
        },
      },
}));
