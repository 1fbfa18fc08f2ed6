import type { Columns } from './columns.js';
import type { Report, ReportSection } from '@jamsessie/domain';
import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

type JsonWithDefault<T extends object> = JSONColumnType<T, string | undefined, string>;

/** `report`: the write-up of a session; `search` is a generated Dutch tsvector. */
export interface ReportTable {
  id: Generated<string>;
  session_id: string;
  slug: string;
  title: string;
  intro: Generated<string>;
  sections: JsonWithDefault<ReportSection[]>;
  tips: JsonWithDefault<string[]>;
  attachments: JsonWithDefault<{ title: string; url: string }[]>;
  /** CHECK: 'draft' | 'published'. */
  status: Generated<string>;
  published_at: string | null;
  /** GENERATED ALWAYS (title A, intro B, sections and tips C) with 'jamsessie_dutch'. */
  search: ColumnType<string, never, never>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `report_theme`: the themes a report is tagged with. */
export interface ReportThemeTable {
  report_id: string;
  theme_id: string;
}

/** `report_keyword`: the keywords a report is tagged with. */
export interface ReportKeywordTable {
  report_id: string;
  keyword_id: string;
}

/** `reaction`: a participant's short reaction, part of the report aggregate. */
export interface ReactionTable {
  id: Generated<string>;
  report_id: string;
  position: number;
  text: string;
  author_id: string | null;
  /** CHECK: a consent level; default 'private'. */
  consent: Generated<string>;
}

/** `report_revision`: the working copy of a published report (unpublished changes). */
export interface ReportRevisionTable {
  report_id: string;
  content: JSONColumnType<Report>;
  version: number;
  saved_at: string;
  saved_by: string | null;
}

/** `report_client_clearance`: a passage a coordinator marked "geen cliëntgegeven". */
export interface ReportClientClearanceTable {
  report_id: string;
  key: string;
  cleared_at: string;
  cleared_by: string | null;
}

/** A selected report row. */
export type ReportRow = Selectable<ReportTable>;
/** A report row to insert. */
export type NewReportRow = Insertable<ReportTable>;
/** A selected reaction row. */
export type ReactionRow = Selectable<ReactionTable>;

/** The columns of `ReportTable`, for the schema check. */
export const reportColumns = {
  id: 'uuid',
  session_id: 'uuid',
  slug: 'text',
  title: 'text',
  intro: 'text',
  sections: 'jsonb',
  tips: 'jsonb',
  attachments: 'jsonb',
  status: 'text',
  published_at: 'timestamptz?',
  search: 'tsvector',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<ReportTable>;
/** The columns of `ReportThemeTable`, for the schema check. */
export const reportThemeColumns = {
  report_id: 'uuid',
  theme_id: 'uuid',
} satisfies Columns<ReportThemeTable>;
/** The columns of `ReportKeywordTable`, for the schema check. */
export const reportKeywordColumns = {
  report_id: 'uuid',
  keyword_id: 'uuid',
} satisfies Columns<ReportKeywordTable>;
/** The columns of `ReactionTable`, for the schema check. */
export const reactionColumns = {
  id: 'uuid',
  report_id: 'uuid',
  position: 'int4',
  text: 'text',
  author_id: 'uuid?',
  consent: 'text',
} satisfies Columns<ReactionTable>;
/** The columns of `ReportRevisionTable`, for the schema check. */
export const reportRevisionColumns = {
  report_id: 'uuid',
  content: 'jsonb',
  version: 'int4',
  saved_at: 'timestamptz',
  saved_by: 'uuid?',
} satisfies Columns<ReportRevisionTable>;
/** The columns of `ReportClientClearanceTable`, for the schema check. */
export const reportClientClearanceColumns = {
  report_id: 'uuid',
  key: 'text',
  cleared_at: 'timestamptz',
  cleared_by: 'uuid?',
} satisfies Columns<ReportClientClearanceTable>;
