import { defineConfig } from 'vitest/config';

// Browser tests drive the real server in one headless Chromium: run files one at a time so two
// servers and browsers never compete for the machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
