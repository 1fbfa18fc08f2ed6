import { initTRPC } from '@trpc/server';
import { configureDutchMessages } from '@jamsessie/domain';
import type { Context } from './context.js';
import { formatErrorShape } from './error-formatter.js';

// tRPC parses `.input()` with zod's default error map: make it the Dutch one for this runtime.
configureDutchMessages();

// Stack traces only when a developer asks for them: an unset NODE_ENV (e.g. `npm start`) hides them.
const isDev = process.env['NODE_ENV'] === 'development';

/**
 * The single tRPC instance (internal: routers use the builders re-exported by `trpc.ts`).
 * Plain JSON transport: instants are ISO strings already, so no transformer is needed.
 */
export const t = initTRPC.context<Context>().create({
  isDev,
  errorFormatter: ({ shape, error }) => formatErrorShape(shape, error, isDev),
});
