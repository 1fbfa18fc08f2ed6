import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://127.0.0.1:3000';

// The coordinators' app lives under /beheer/ on the same server as the public agenda; the
// workspace packages resolve to their TypeScript sources (the `source` export condition).
export default defineConfig({
  base: '/beheer/',
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    proxy: {
      '/trpc': api,
      '/agenda': api,
      '/verslagen.rss': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
