import { router } from '../../trpc.js';
import { accountsRouter } from './accounts.router.js';
import { auditRouter } from './audit.router.js';
import { contactsRouter } from './contacts.router.js';
import { dashboardRouter } from './dashboard.router.js';
import { dilemmasRouter } from './dilemmas.router.js';
import { followUpsRouter } from './follow-ups.router.js';
import { organisationsRouter } from './organisations.router.js';
import { outboxRouter } from './outbox.router.js';
import { ownAccountRouter } from './own-account.router.js';
import { peopleRouter } from './people.router.js';
import { protocolRouter } from './protocol.router.js';
import { reportsAdminRouter } from './reports.router.js';
import { seriesRouter } from './series.router.js';
import { sessionsRouter } from './sessions.router.js';
import { taxonomyRouter } from './taxonomy.router.js';
import { weekAdminRouter } from './week.router.js';

export { protocolViewRouter } from './protocol-view.router.js';

/**
 * The coordinators' API (`admin.*`): every procedure here uses `coordinatorProcedure`, and
 * `accounts.*` the stricter `adminProcedure`; only `me.changePassword` is also open to someone
 * who still has a temporary password. The participants' read-only screen of a run is
 * PUBLIC and therefore not in here: `protocolViewRouter` (exported beside it) is mounted by
 * the root as `live`.
 */
export const adminRouter = router({
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
  /** Nadien: the owners' follow-up answers per session. */
  followUps: followUpsRouter,
  outbox: outboxRouter,
  audit: auditRouter,
  accounts: accountsRouter,
  dashboard: dashboardRouter,
  me: ownAccountRouter,
});
