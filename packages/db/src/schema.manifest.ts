import type { Database } from './schema.js';
import * as access from './tables/access.tables.js';
import * as accountSecurity from './tables/account-security.tables.js';
import * as agenda from './tables/agenda.tables.js';
import type { Columns } from './tables/columns.js';
import * as dataVersion from './tables/data-version.tables.js';
import * as facilitation from './tables/facilitation.tables.js';
import * as herkenbaar from './tables/herkenbaar.tables.js';
import * as messaging from './tables/messaging.tables.js';
import * as organisation from './tables/organisation.tables.js';
import * as people from './tables/people.tables.js';
import * as participant from './tables/participant.tables.js';
import * as consentRequest from './tables/consent-request.tables.js';
import * as report from './tables/report.tables.js';
import * as taxonomy from './tables/taxonomy.tables.js';
import * as week from './tables/week.tables.js';

/**
 * Every table of `Database` with its columns (`udt_name`, `?` when nullable). `tsc` ties it to
 * the interface; `migrations/migrations.integration.test.ts` ties it to the migrated database.
 */
export const schemaColumns = {
  movement: organisation.movementColumns,
  organisation: organisation.organisationColumns,
  organisation_email_domain: organisation.organisationEmailDomainColumns,
  participation: organisation.participationColumns,
  action_team: organisation.actionTeamColumns,
  theme: taxonomy.themeColumns,
  keyword: taxonomy.keywordColumns,
  series: agenda.seriesColumns,
  series_theme_rotation: agenda.seriesThemeRotationColumns,
  session: agenda.sessionColumns,
  session_theme: agenda.sessionThemeColumns,
  session_movement: agenda.sessionMovementColumns,
  session_former_slug: agenda.sessionFormerSlugColumns,
  attendance: agenda.attendanceColumns,
  week_edition: week.weekEditionColumns,
  week_day: week.weekDayColumns,
  programme_item: week.programmeItemColumns,
  programme_role: week.programmeRoleColumns,
  person: people.personColumns,
  consent: people.consentColumns,
  dilemma: facilitation.dilemmaColumns,
  dilemma_wording: facilitation.dilemmaWordingColumns,
  dilemma_follow_up: facilitation.dilemmaFollowUpColumns,
  protocol_run: facilitation.protocolRunColumns,
  protocol_note: facilitation.protocolNoteColumns,
  protocol_cue: facilitation.protocolCueColumns,
  herkenbaar_key: herkenbaar.herkenbaarKeyColumns,
  herkenbaar_mark: herkenbaar.herkenbaarMarkColumns,
  report: report.reportColumns,
  report_theme: report.reportThemeColumns,
  report_keyword: report.reportKeywordColumns,
  reaction: report.reactionColumns,
  report_revision: report.reportRevisionColumns,
  report_client_clearance: report.reportClientClearanceColumns,
  email_outbox: messaging.emailOutboxColumns,
  subscription: messaging.subscriptionColumns,
  coordinator_account: access.coordinatorAccountColumns,
  login_failure: accountSecurity.loginFailureColumns,
  password_reset_token: accountSecurity.passwordResetTokenColumns,
  participant_token: participant.participantTokenColumns,
  participant_session: participant.participantSessionColumns,
  personal_feed: participant.personalFeedColumns,
  consent_request: consentRequest.consentRequestColumns,
  auth_session: access.authSessionColumns,
  rate_limit: access.rateLimitColumns,
  audit_log: access.auditLogColumns,
  data_version: dataVersion.dataVersionColumns,
} satisfies { [T in keyof Database]: Columns<Database[T]> };
