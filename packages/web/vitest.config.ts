import { vitestPreset } from '@jamsessie/vitest-config';
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { mergeConfig } from 'vitest/config';

// Component tests in jsdom, like the apps that use these components.
export default mergeConfig(vitestPreset(), {
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
