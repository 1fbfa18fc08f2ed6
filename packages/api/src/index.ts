/**
 * @jamsessie/api: the tRPC routers, context and auth of the Jamsessie platform. The server
 * mounts `appRouter` with a context from `createContextInner`, resolves the session cookie
 * with `resolveUserFromSessionToken`, creates the first admin with `ensureAdminAccount` and
 * sends the outbox with `sendOutboxBatch`; apps import only the type `AppRouter`.
 */
export { appRouter, createCaller, type AppRouter } from './root.js';
export {
  createContextInner,
  type AuthUser,
  type Context,
  type CreateContextOptions,
  type Db,
  type OutboxNotifier,
  type ParticipantCookies,
  type ParticipantUser,
  type SessionCookies,
  type UserRole,
} from './context.js';
export { DomainFailure, retryAfterSecondsOf, toTRPCError, trpcCodeFor, unwrap } from './errors.js';
export type { ErrorDataExtra } from './error-formatter.js';
export {
  ensureAdminAccount,
  LOGIN_FAILED_MESSAGE,
  MIN_PASSWORD_LENGTH,
  resolveUserFromSessionToken,
} from './auth/auth.service.js';
export { hashSessionToken, SESSION_TTL_MS } from './auth/session-token.js';
export { resolveParticipantFromToken } from './participant/participant-session.service.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { audit, type AuditEvent } from './audit/audit.js';
export { enqueueMail, type MailToEnqueue } from './mail/outbox.js';
export {
  DEFAULT_MAIL_FROM,
  retryDelayMs,
  sendOutboxBatch,
  type OutboxBatchResult,
  type SendOutboxOptions,
} from './mail/outbox-worker.js';
export { createMailTransport, type MailTransport, type OutgoingMail } from './mail/transport.js';
export { withListUnsubscribe } from './mail/list-unsubscribe.js';
export {
  REMINDER_DAYS_BEFORE,
  runReminderJob,
  type ReminderJobOptions,
  type ReminderJobResult,
} from './mail/reminders.job.js';
export {
  confirmSubscriptionToken,
  unsubscribeWithToken,
  type ConfirmOutcome,
} from './subscriptions/subscriptions.service.js';
export {
  PUBLIC_READ_BUDGET,
  spendReadBudget,
  type ReadBudget,
  type ReadBudgetOutcome,
} from './shared/read-budget.js';
export type { Page } from './shared/paging.js';
export { toPublicReports, publicSearchMatches } from './shared/public-reports.js';
export { toPublicTips, type PublicTip } from './tips/tips.public.router.js';
export { filterDeep, filterForPublic, publicLinkFilter } from './privacy/public-link-filter.js';
