import { adminRouter, protocolViewRouter } from './routers/admin/index.js';
import { agendaRouter } from './routers/agenda.router.js';
import { authRouter } from './routers/auth.router.js';
import { catalogueRouter } from './routers/catalogue.router.js';
import { cueRouter } from './routers/cue/cue.router.js';
import { formsRouter } from './routers/forms.router.js';
import { participantRouter } from './routers/participant.router.js';
import { reportsRouter } from './routers/reports.router.js';
import { tipsRouter } from './routers/tips.router.js';
import { subscriptionsRouter } from './routers/subscriptions.router.js';
import { weekRouter } from './routers/week.router.js';
import { createCallerFactory, router } from './trpc.js';

/**
 * The whole API. Public areas sit at the top level; everything under `admin.*` requires a
 * signed-in coordinator.
 */
export const appRouter = router({
  agenda: agendaRouter,
  week: weekRouter,
  reports: reportsRouter,
  /** The tips bank: tips and take-aways of published reports, searchable, with their source. */
  tips: tipsRouter,
  catalogue: catalogueRouter,
  forms: formsRouter,
  /** News by e-mail about a theme, a series or the week: double opt-in, one-click unsubscribe. */
  subscriptions: subscriptionsRouter,
  auth: authRouter,
  /** The participant's own place: sign in by link, own dilemmas and consent, export, erasure. */
  participant: participantRouter,
  /** The participants' read-only "waar zijn we" view of a live run, by unguessable token. */
  live: protocolViewRouter,
  /** Person A's private cue screen on their phone, by an unguessable link per run and owner. */
  cue: cueRouter,
  admin: adminRouter,
});

/** The router's type: the apps `import type { AppRouter }` for end-to-end types. */
export type AppRouter = typeof appRouter;

/**
 * Calls procedures in-process with a context from `createContextInner` (tests, scripts).
 *
 * @example const caller = createCaller(createContextInner({ db, user: null, baseUrl }));
 * await caller.agenda.list({ year: 2025 });
 */
export const createCaller = createCallerFactory(appRouter);
