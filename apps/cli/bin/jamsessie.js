#!/usr/bin/env node
// Runs the CLI straight from its TypeScript sources, so it works from a fresh clone without
// a build step: tsx compiles on the fly, and a tiny resolve hook adds the `source` export
// condition so `@jamsessie/domain` resolves to its sources (as in tests), not to `dist/`.
import { register as registerHooks } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
registerHooks(
  'data:text/javascript,' +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) {' +
        ' return next(specifier, { ...context, conditions: [...context.conditions, "source"] }); }',
    ),
);

const { run } = await import('../src/main.ts');
const { nodeIo } = await import('../src/node-io.ts');
process.exitCode = await run(process.argv.slice(2), nodeIo);
