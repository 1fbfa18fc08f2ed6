import { initTRPC } from '@trpc/server';
import { configureDutchMessages } from '@jamsessie/domain';
import type { Context } from './context.js';
import { formatErrorShape } from './error-formatter.js';

// tRPC parses `.input()` with zod's default error map: make it the Dutch one for this runtime.
configureDutchMessages();

/**
 * The single tRPC instance (internal: routers use the builders re-exported by `trpc.ts`).
 * Plain JSON transport: instants are ISO strings already, so no transformer is needed.
 */
export const t = initTRPC.context<Context>().create({
  // tRPC always puts the stack in the shape; the formatter keeps it only for a request whose
  // context asks for error details (the server's NODE_ENV=development, read in its env.ts).
  // Without a context (it could not be built) nothing is shown.
  isDev: true,
  errorFormatter: ({ shape, error, ctx }) =>
    formatErrorShape(shape, error, ctx?.errorDetails === true),
});
