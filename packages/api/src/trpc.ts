import { requireRole } from './middleware/auth.middleware.js';
import { filterPublicOutput } from './middleware/public-output.middleware.js';
import { t } from './trpc-core.js';

/**
 * Builds a router. Routers per area live in `routers/` and are merged in `root.ts`.
 *
 * @example export const agendaRouter = router({ list: publicProcedure.query(...) });
 */
export const router = t.router;

/** Merges routers that share a level (rarely needed: prefer nesting). */
export const mergeRouters = t.mergeRouters;

/**
 * Anyone, signed in or not. Public answers must never carry links, e-mail or private text:
 * every answer and error passes the filter of all meeting links on its way out.
 */
export const publicProcedure = t.procedure.use(filterPublicOutput);

/** A signed-in coordinator (or admin): `ctx.user` is non-null. */
export const coordinatorProcedure = t.procedure.use(requireRole('coordinator'));

/** A signed-in admin: account and settings management. */
export const adminProcedure = t.procedure.use(requireRole('admin'));

/**
 * Creates a server-side caller factory; `root.ts` uses it for `createCaller`.
 *
 * @example const createCaller = createCallerFactory(appRouter);
 */
export const createCallerFactory = t.createCallerFactory;
