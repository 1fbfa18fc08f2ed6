/**
 * @jamsessie/db: the Kysely schema, migrations and repositories of Jamsessie, on embedded
 * PGlite (default) or a PostgreSQL server. Every export is documented where it is declared;
 * this file only names the public API.
 *
 * Shapes returned by both engines: instants (`timestamptz`) as ISO UTC strings
 * ('2025-03-03T12:00:00.000Z'), dates as 'YYYY-MM-DD', counts as numbers, jsonb parsed.
 */
export { createDatabase, DEFAULT_DATA_DIR } from './database.js';
export type { DatabaseHandle, DatabaseKind, DatabaseOptions } from './database.js';
export { isDatabaseUnavailable } from './database-unavailable.js';
export { PGliteDialect } from './dialect/pglite.dialect.js';
export { parseTimestamptz } from './dialect/type-parsers.js';
export { migrateDown, migrateTo, migrateToLatest } from './migrator.js';
export { migrations } from './migrations/index.js';
export type * from './schema.js';
export {
  assertTestDatabaseName,
  createTestDatabase,
  databaseKindsUnderTest,
} from './testing/test-database.js';

export type {
  DeleteOutcome,
  Executor,
  RepositoryFailure,
  Unversioned,
  WriteResult,
} from './repositories/repository.helpers.js';
export { toJson } from './repositories/repository.helpers.js';
export * from './repositories/movement.repository.js';
export * from './repositories/action-team.repository.js';
export * from './repositories/organisation.repository.js';
export * from './repositories/participation.repository.js';
export * from './repositories/taxonomy.repository.js';
export * from './repositories/series.repository.js';
export * from './repositories/session.repository.js';
export * from './repositories/agenda.repository.js';
export * from './repositories/week.repository.js';
export * from './repositories/programme.repository.js';
export * from './repositories/person.repository.js';
export * from './repositories/consent.repository.js';
export * from './repositories/person-data.repository.js';
export * from './repositories/dilemma.repository.js';
export * from './repositories/dilemma-confirmation.repository.js';
export * from './repositories/protocol-run.repository.js';
export * from './repositories/protocol-cue.repository.js';
export * from './repositories/herkenbaar.repository.js';
export * from './repositories/report.repository.js';
export * from './repositories/report-revision.repository.js';
export * from './repositories/report-search.repository.js';
export * from './repositories/report-tip.repository.js';
export * from './repositories/search-headline.js';
export * from './repositories/meeting-links.repository.js';
export * from './repositories/account.repository.js';
export * from './repositories/auth-session.repository.js';
export * from './repositories/rate-limit.repository.js';
export * from './repositories/housekeeping.repository.js';
export * from './repositories/login-failure.repository.js';
export * from './repositories/password-reset.repository.js';
export * from './repositories/participant-access.repository.js';
export * from './repositories/personal-feed.repository.js';
export * from './repositories/follow-up.repository.js';
export * from './repositories/consent-request.repository.js';
export * from './repositories/outbox.repository.js';
export * from './repositories/audit.repository.js';
export * from './repositories/subscription.repository.js';
export * from './repositories/reference.repository.js';
export * from './repositories/session-list.repository.js';
export * from './repositories/person-list.repository.js';
export * from './repositories/attendance-candidates.repository.js';
export * from './repositories/outbox-overview.repository.js';
export * from './repositories/dashboard.repository.js';
export * from './repositories/data-version.repository.js';
export { seedDemoData, seedIfEmpty } from './seed/seed.js';
export type { SeedOptions, SeedResult } from './seed/seed.js';
export { buildDemoData } from './seed/demo-data.js';
export type { DemoData } from './seed/demo-data.js';
export { demoId } from './seed/demo-ids.js';
export { DEMO_MEETING_LINK, SERIES_ID } from './seed/demo-series.js';
export {
  DEMO_PRIVATE_DILEMMA_MARKER,
  MARCH_SESSION_ID,
  APRIL_SESSION_ID,
  DILEMMA_IDS,
} from './seed/demo-dilemmas.js';
export { REPORT_ID } from './seed/demo-report.js';
export { runBackupCommand } from './ops/backup.command.js';
export { runRestoreCommand } from './ops/restore.command.js';
export { runMoveToPostgresCommand } from './ops/move-to-postgres.command.js';
export type { CommandIo } from './ops/command-io.js';
