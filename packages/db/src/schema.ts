import type {
  AuditLogTable,
  AuthSessionTable,
  CoordinatorAccountTable,
  RateLimitTable,
} from './tables/access.tables.js';
import type {
  LoginFailureTable,
  PasswordResetTokenTable,
} from './tables/account-security.tables.js';
import type {
  AttendanceTable,
  SeriesTable,
  SeriesThemeRotationTable,
  SessionFormerSlugTable,
  SessionMovementTable,
  SessionTable,
  SessionThemeTable,
} from './tables/agenda.tables.js';
import type {
  DilemmaFollowUpTable,
  DilemmaTable,
  DilemmaWordingTable,
  ProtocolCueTable,
  ProtocolNoteTable,
  ProtocolRunTable,
} from './tables/facilitation.tables.js';
import type { DataVersionTable } from './tables/data-version.tables.js';
import type { HerkenbaarKeyTable, HerkenbaarMarkTable } from './tables/herkenbaar.tables.js';
import type { EmailOutboxTable, SubscriptionTable } from './tables/messaging.tables.js';
import type {
  ActionTeamTable,
  MovementTable,
  OrganisationEmailDomainTable,
  OrganisationTable,
  ParticipationTable,
} from './tables/organisation.tables.js';
import type { ConsentTable, PersonTable } from './tables/people.tables.js';
import type { ConsentRequestTable } from './tables/consent-request.tables.js';
import type {
  ParticipantSessionTable,
  ParticipantTokenTable,
  PersonalFeedTable,
} from './tables/participant.tables.js';
import type {
  ReactionTable,
  ReportClientClearanceTable,
  ReportKeywordTable,
  ReportRevisionTable,
  ReportTable,
  ReportThemeTable,
} from './tables/report.tables.js';
import type { KeywordTable, ThemeTable } from './tables/taxonomy.tables.js';
import type {
  ProgrammeItemTable,
  ProgrammeRoleTable,
  WeekDayTable,
  WeekEditionTable,
} from './tables/week.tables.js';

/**
 * The Kysely schema: one property per table, matching the migrations exactly (checked by
 * `migrations/migrations.integration.test.ts` against the migrated catalogue). Columns are snake_case as in
 * SQL; repositories map rows to the domain's camelCase types explicitly.
 * Instants (`timestamptz`) are ISO strings, dates 'YYYY-MM-DD' strings, jsonb columns are
 * written as JSON text and read back parsed.
 */
export interface Database {
  movement: MovementTable;
  organisation: OrganisationTable;
  organisation_email_domain: OrganisationEmailDomainTable;
  participation: ParticipationTable;
  action_team: ActionTeamTable;
  theme: ThemeTable;
  keyword: KeywordTable;
  series: SeriesTable;
  series_theme_rotation: SeriesThemeRotationTable;
  session: SessionTable;
  session_theme: SessionThemeTable;
  session_movement: SessionMovementTable;
  session_former_slug: SessionFormerSlugTable;
  attendance: AttendanceTable;
  week_edition: WeekEditionTable;
  week_day: WeekDayTable;
  programme_item: ProgrammeItemTable;
  programme_role: ProgrammeRoleTable;
  person: PersonTable;
  consent: ConsentTable;
  dilemma: DilemmaTable;
  dilemma_wording: DilemmaWordingTable;
  dilemma_follow_up: DilemmaFollowUpTable;
  protocol_run: ProtocolRunTable;
  protocol_note: ProtocolNoteTable;
  protocol_cue: ProtocolCueTable;
  herkenbaar_key: HerkenbaarKeyTable;
  herkenbaar_mark: HerkenbaarMarkTable;
  report: ReportTable;
  report_theme: ReportThemeTable;
  report_keyword: ReportKeywordTable;
  reaction: ReactionTable;
  report_revision: ReportRevisionTable;
  report_client_clearance: ReportClientClearanceTable;
  email_outbox: EmailOutboxTable;
  subscription: SubscriptionTable;
  coordinator_account: CoordinatorAccountTable;
  login_failure: LoginFailureTable;
  password_reset_token: PasswordResetTokenTable;
  participant_token: ParticipantTokenTable;
  participant_session: ParticipantSessionTable;
  personal_feed: PersonalFeedTable;
  consent_request: ConsentRequestTable;
  auth_session: AuthSessionTable;
  rate_limit: RateLimitTable;
  audit_log: AuditLogTable;
  data_version: DataVersionTable;
}

export type * from './tables/access.tables.js';
export type * from './tables/agenda.tables.js';
export type * from './tables/data-version.tables.js';
export type * from './tables/facilitation.tables.js';
export type * from './tables/herkenbaar.tables.js';
export type * from './tables/messaging.tables.js';
export type * from './tables/organisation.tables.js';
export type * from './tables/people.tables.js';
export type * from './tables/consent-request.tables.js';
export type * from './tables/report.tables.js';
export type * from './tables/taxonomy.tables.js';
export type * from './tables/week.tables.js';
