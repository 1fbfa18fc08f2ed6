import { defineConfig, mergeConfig } from 'vitest/config';

/**
 * The shared vitest preset. Workspace packages are resolved through their `source` export
 * condition, so tests run against TypeScript sources without a build step.
 * Time-outs are generous: integration tests start real databases on a shared 2-core machine.
 * @param {import('vitest/config').UserConfig} [overrides]
 */
export function vitestPreset(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions: ['source'] },
      ssr: { resolve: { conditions: ['source'] } },
      test: {
        include: ['src/**/*.test.{ts,tsx}'],
        testTimeout: 60_000,
        hookTimeout: 180_000,
        env: { TZ: process.env.TZ ?? 'UTC' },
      },
    }),
    overrides,
  );
}
