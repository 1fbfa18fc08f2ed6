/**
 * @jamsessie/server: the one Node process of Jamsessie. `main.ts` is the entry point; this
 * file names what tests and benchmarks may start themselves. Every export is documented where
 * it is declared.
 */
export { startApp, type Logger, type RunningApp, type StartAppOptions } from './app.js';
export { Env, EnvError, readEnv } from './env.js';
export { ensureFirstAdmin, generatePassword, GENERATED_ADMIN_EMAIL } from './admin-account.js';
export {
  createRequestHandler,
  type RequestHandler,
  type RequestHandlerOptions,
} from './http/router.js';
export { defaultStaticRoots, type StaticRoots } from './http/static-files.js';
export { applySecurityHeaders } from './http/security-headers.js';
export { PARTICIPANT_COOKIE, SESSION_COOKIE } from './http/cookies.js';
export { renderCalendarFeed } from './http/feeds/calendar.feed.js';
export { renderReportsRss } from './http/feeds/reports.rss.js';
export { renderTipsRss } from './http/feeds/tips.rss.js';
export {
  nginxBinary,
  startNginx,
  siteConfigForTest,
  type RunningNginx,
} from './resilience/nginx.testing.js';
