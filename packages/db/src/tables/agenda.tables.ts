import type { Columns } from './columns.js';
import type {
  Recurrence,
  SeriesDocument,
  SeriesEligibility,
  SeriesException,
} from '@jamsessie/domain';
import type { Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

/** A jsonb column with a database default: optional on insert, JSON text when written. */
type JsonWithDefault<T extends object> = JSONColumnType<T, string | undefined, string>;

/** `series`: a recurring set of sessions (the monthly jam sessions of 2025). */
export interface SeriesTable {
  id: Generated<string>;
  slug: string;
  title: string;
  description: Generated<string>;
  action_team_id: string;
  recurrence: JSONColumnType<Recurrence>;
  exceptions: JsonWithDefault<SeriesException[]>;
  /** PRIVATE: never selected by public queries. */
  meeting_link: string | null;
  eligibility: JSONColumnType<SeriesEligibility>;
  documents: JsonWithDefault<SeriesDocument[]>;
  first_date: string;
  last_date: string | null;
  /** When the series was ended (archived); null while it runs. */
  archived_at: Generated<string | null>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `series_theme_rotation`: the theme ids a series cycles through, session by session. */
export interface SeriesThemeRotationTable {
  series_id: string;
  position: number;
  theme_id: string;
}

/** `session`: one jam session or one week programme item on the agenda. */
export interface SessionTable {
  id: Generated<string>;
  slug: string;
  /** CHECK: 'jam_session' | 'week_item'. */
  kind: string;
  series_id: string | null;
  programme_item_id: string | null;
  title: string;
  description: Generated<string>;
  starts_at: string;
  ends_at: string;
  online: boolean;
  location: string | null;
  /** CHECK: 'planned' | 'cancelled' | 'held'. */
  status: Generated<string>;
  cancellation_reason: string | null;
  /** PRIVATE override of the series' link; never selected by public queries. */
  meeting_link: string | null;
  sequence: Generated<number>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `session_theme`: themes of a session, in order; indexed both ways for agenda filters. */
export interface SessionThemeTable {
  session_id: string;
  theme_id: string;
  position: number;
}

/** `session_movement`: movements a session belongs to, for the agenda's movement filter. */
export interface SessionMovementTable {
  session_id: string;
  movement_id: string;
}

/** `session_former_slug`: addresses a session had before it moved; they keep leading to it. */
export interface SessionFormerSlugTable {
  slug: string;
  session_id: string;
  recorded_at: Generated<string>;
}

/** `attendance`: who took part in a session (basis of contact sharing). */
export interface AttendanceTable {
  session_id: string;
  person_id: string;
  recorded_at: Generated<string>;
}

/** A selected series row. */
export type SeriesRow = Selectable<SeriesTable>;
/** A series row to insert. */
export type NewSeriesRow = Insertable<SeriesTable>;
/** A selected session row. */
export type SessionRow = Selectable<SessionTable>;
/** A session row to insert. */
export type NewSessionRow = Insertable<SessionTable>;

/** The columns of `SeriesTable`, for the schema check. */
export const seriesColumns = {
  id: 'uuid',
  slug: 'text',
  title: 'text',
  description: 'text',
  action_team_id: 'uuid',
  recurrence: 'jsonb',
  exceptions: 'jsonb',
  meeting_link: 'text?',
  eligibility: 'jsonb',
  documents: 'jsonb',
  first_date: 'date',
  last_date: 'date?',
  archived_at: 'timestamptz?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<SeriesTable>;
/** The columns of `SeriesThemeRotationTable`, for the schema check. */
export const seriesThemeRotationColumns = {
  series_id: 'uuid',
  position: 'int4',
  theme_id: 'uuid',
} satisfies Columns<SeriesThemeRotationTable>;
/** The columns of `SessionTable`, for the schema check. */
export const sessionColumns = {
  id: 'uuid',
  slug: 'text',
  kind: 'text',
  series_id: 'uuid?',
  programme_item_id: 'uuid?',
  title: 'text',
  description: 'text',
  starts_at: 'timestamptz',
  ends_at: 'timestamptz',
  online: 'bool',
  location: 'text?',
  status: 'text',
  cancellation_reason: 'text?',
  meeting_link: 'text?',
  sequence: 'int4',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<SessionTable>;
/** The columns of `SessionThemeTable`, for the schema check. */
export const sessionThemeColumns = {
  session_id: 'uuid',
  theme_id: 'uuid',
  position: 'int4',
} satisfies Columns<SessionThemeTable>;
/** The columns of `SessionMovementTable`, for the schema check. */
export const sessionMovementColumns = {
  session_id: 'uuid',
  movement_id: 'uuid',
} satisfies Columns<SessionMovementTable>;
/** The columns of `SessionFormerSlugTable`, for the schema check. */
export const sessionFormerSlugColumns = {
  slug: 'text',
  session_id: 'uuid',
  recorded_at: 'timestamptz',
} satisfies Columns<SessionFormerSlugTable>;
/** The columns of `AttendanceTable`, for the schema check. */
export const attendanceColumns = {
  session_id: 'uuid',
  person_id: 'uuid',
  recorded_at: 'timestamptz',
} satisfies Columns<AttendanceTable>;
