import { requireRole, requireSignIn } from './middleware/auth.middleware.js';
import { requireParticipant } from './middleware/participant.middleware.js';
import { filterPublicOutput } from './middleware/public-output.middleware.js';
import { t } from './trpc-core.js';

/**
 * Builds a router. Each feature folder holds its `*.public.router.ts` and `*.admin.router.ts`;
 * `root.ts` merges them.
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

/**
 * A participant signed in to their own page by a one-time link (`ctx.participant` non-null):
 * only their own data, and every answer passes the public filter like any public one.
 */
export const participantProcedure = publicProcedure.use(requireParticipant());

/**
 * Anyone signed in, also with a temporary password that must still be changed: only for
 * choosing one's own password. Everything else uses `coordinatorProcedure`.
 */
export const signedInProcedure = t.procedure.use(requireSignIn());

/** A signed-in coordinator (or admin) with a password of their own: `ctx.user` is non-null. */
export const coordinatorProcedure = t.procedure.use(requireRole('coordinator'));

/** A signed-in admin: account and settings management. */
export const adminProcedure = t.procedure.use(requireRole('admin'));

/**
 * Creates a server-side caller factory; `root.ts` uses it for `createCaller`.
 *
 * @example const createCaller = createCallerFactory(appRouter);
 */
export const createCallerFactory = t.createCallerFactory;
