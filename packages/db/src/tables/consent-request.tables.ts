import type { Columns } from './columns.js';
import type { Selectable } from 'kysely';

/**
 * `consent_request`: a coordinator asked the author of one exact text of a report (a quote, a
 * reaction, a dilemma as the report shows it) to approve it. The mail carries a one-time
 * link (`participant_token`, purpose `consent`, `subject_id` = this row); `decided_at` is set
 * when the author answered, by link or on their page. Goes with the person or the report.
 */
export interface ConsentRequestTable {
  id: string;
  person_id: string;
  report_id: string;
  /** CHECK: 'dilemma' | 'reaction' | 'quote'. */
  subject: string;
  /** What consent records speak about: the dilemma id (dilemma, quote) or the reaction id. */
  subject_id: string;
  /** The exact text asked about. */
  text: string;
  requested_at: string;
  /** The coordinator's account id (no FK: history is kept). */
  requested_by: string | null;
  decided_at: string | null;
}

/** A selected consent request row. */
export type ConsentRequestRow = Selectable<ConsentRequestTable>;

/** The columns of `ConsentRequestTable`, for the schema check. */
export const consentRequestColumns = {
  id: 'uuid',
  person_id: 'uuid',
  report_id: 'uuid',
  subject: 'text',
  subject_id: 'uuid',
  text: 'text',
  requested_at: 'timestamptz',
  requested_by: 'uuid?',
  decided_at: 'timestamptz?',
} satisfies Columns<ConsentRequestTable>;
