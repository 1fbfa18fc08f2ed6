import type { Migration } from 'kysely';
import * as organisations from './2026_11_23_120000_organisations.js';
import * as agenda from './2026_11_23_120100_agenda.js';
import * as peopleAndReports from './2026_11_23_120200_people_and_reports.js';
import * as accountsAndMail from './2026_11_23_120300_accounts_and_mail.js';
import * as sessionLength from './2026_11_23_130000_session_length.js';
import * as searchWithoutLinks from './2026_11_23_140000_search_without_links.js';
import * as searchVectorInRow from './2026_11_23_200000_search_vector_in_row.js';
import * as dataVersion from './2026_11_23_200100_data_version.js';
import * as sessionFormerSlug from './2026_12_07_090000_session_former_slug.js';
import * as outboxUnsubscribeUrl from './2026_12_07_100000_outbox_unsubscribe_url.js';
import * as accountSecurity from './2026_12_07_110000_account_security.js';
import * as dilemmaKopAndWordings from './2026_12_07_130000_dilemma_kop_and_wordings.js';
import * as reportRevisions from './2026_12_07_130100_report_revisions.js';
import * as protocolDraftsAndReactions from './2026_12_07_140000_protocol_drafts_and_reactions.js';
import * as participantPlace from './2026_12_08_100000_participant_place.js';
import * as protocolCues from './2026_12_08_110000_protocol_cues.js';
import * as consentByLink from './2026_12_09_100000_consent_by_link.js';
import * as personalFeed from './2026_12_09_110000_personal_feed.js';
import * as followUp from './2026_12_09_110100_follow_up.js';
import * as herkenbaarMarks from './2026_12_09_120000_herkenbaar_marks.js';
import * as seriesArchived from './2026_12_09_130000_series_archived.js';
import * as weekEditionVideo from './2026_12_09_130100_week_edition_video.js';
import * as publicReadVersions from './2026_12_09_140000_public_read_versions.js';

/**
 * Every migration, by name, in the order they run. Listed in code (not read from the folder)
 * so vitest, tsx and a bundled server all find them. Add new files at the end; never rename.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026_11_23_120000_organisations': organisations,
  '2026_11_23_120100_agenda': agenda,
  '2026_11_23_120200_people_and_reports': peopleAndReports,
  '2026_11_23_120300_accounts_and_mail': accountsAndMail,
  '2026_11_23_130000_session_length': sessionLength,
  '2026_11_23_140000_search_without_links': searchWithoutLinks,
  '2026_11_23_200000_search_vector_in_row': searchVectorInRow,
  '2026_11_23_200100_data_version': dataVersion,
  '2026_12_07_090000_session_former_slug': sessionFormerSlug,
  '2026_12_07_100000_outbox_unsubscribe_url': outboxUnsubscribeUrl,
  '2026_12_07_110000_account_security': accountSecurity,
  '2026_12_07_130000_dilemma_kop_and_wordings': dilemmaKopAndWordings,
  '2026_12_07_130100_report_revisions': reportRevisions,
  '2026_12_07_140000_protocol_drafts_and_reactions': protocolDraftsAndReactions,
  '2026_12_08_100000_participant_place': participantPlace,
  '2026_12_08_110000_protocol_cues': protocolCues,
  '2026_12_09_100000_consent_by_link': consentByLink,
  '2026_12_09_110000_personal_feed': personalFeed,
  '2026_12_09_110100_follow_up': followUp,
  '2026_12_09_120000_herkenbaar_marks': herkenbaarMarks,
  '2026_12_09_130000_series_archived': seriesArchived,
  '2026_12_09_130100_week_edition_video': weekEditionVideo,
  '2026_12_09_140000_public_read_versions': publicReadVersions,
};
