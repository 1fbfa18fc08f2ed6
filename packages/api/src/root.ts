import { agendaRouter } from './agenda/agenda.public.router.js';
import { authRouter } from './auth/auth.public.router.js';
import { catalogueRouter } from './catalogue/catalogue.public.router.js';
import { cueRouter } from './live/cue.public.router.js';
import { formsRouter } from './forms/forms.public.router.js';
import { participantRouter } from './participant/participant.public.router.js';
import { reportsRouter } from './reports/reports.public.router.js';
import { tipsRouter } from './tips/tips.public.router.js';
import { subscriptionsRouter } from './subscriptions/subscriptions.public.router.js';
import { weekRouter } from './week/week.public.router.js';
import { accountsRouter } from './accounts/accounts.admin.router.js';
import { auditRouter } from './audit/audit.admin.router.js';
import { contactsRouter } from './mail/contacts.admin.router.js';
import { dashboardRouter } from './dashboard/dashboard.admin.router.js';
import { dilemmasRouter } from './dilemmas/dilemmas.admin.router.js';
import { organisationsRouter } from './catalogue/organisations.admin.router.js';
import { outboxRouter } from './mail/outbox.admin.router.js';
import { ownAccountRouter } from './accounts/own-account.admin.router.js';
import { peopleRouter } from './people/people.admin.router.js';
import { protocolRouter } from './live/protocol.admin.router.js';
import { reportsAdminRouter } from './reports/reports.admin.router.js';
import { seriesRouter } from './series/series.admin.router.js';
import { sessionsRouter } from './sessions/sessions.admin.router.js';
import { taxonomyRouter } from './catalogue/taxonomy.admin.router.js';
import { weekAdminRouter } from './week/week.admin.router.js';
import { protocolViewRouter } from './live/protocol-view.public.router.js';
import { createCallerFactory, router } from './trpc.js';

/**
 * The coordinators' API (`admin.*`): every procedure here uses `coordinatorProcedure`, and
 * `accounts.*` the stricter `adminProcedure`; only `me.changePassword` is also open to someone
 * who still has a temporary password. The participants' read-only screen of a run is
 * PUBLIC and therefore not in here: `protocolViewRouter` is mounted at the top level as `live`.
 */
const adminRouter = router({
  series: seriesRouter,
  sessions: sessionsRouter,
  week: weekAdminRouter,
  organisations: organisationsRouter,
  taxonomy: taxonomyRouter,
  dilemmas: dilemmasRouter,
  protocol: protocolRouter,
  reports: reportsAdminRouter,
  people: peopleRouter,
  contacts: contactsRouter,
  outbox: outboxRouter,
  audit: auditRouter,
  accounts: accountsRouter,
  dashboard: dashboardRouter,
  me: ownAccountRouter,
});

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
