import type { Columns } from './columns.js';
import type { Generated, Insertable, Selectable } from 'kysely';

/** `week_edition`: one yearly "Week van de Radicale vernieuwing". */
export interface WeekEditionTable {
  id: Generated<string>;
  slug: string;
  year: number;
  title: string;
  motto: string;
  starts_on: string;
  ends_on: string;
  location: string;
  /** A film about the whole edition ("De week in 9 minuten"); null when there is none. */
  video_url: Generated<string | null>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `week_day`: a day of an edition, devoted to one sector. */
export interface WeekDayTable {
  id: Generated<string>;
  edition_id: string;
  date: string;
  /** CHECK: a movement slug or 'voorbij-sectoren'. */
  sector: string;
  title: string;
  summary: Generated<string>;
  recording_url: string | null;
  report_url: string | null;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `programme_item`: a plenary, inspiration session, late-night show or local programme. */
export interface ProgrammeItemTable {
  id: Generated<string>;
  day_id: string;
  /** CHECK: 'plenary' | 'inspiration_session' | 'late_night_show' | 'local_programme'. */
  kind: string;
  title: string;
  description: Generated<string>;
  starts_at: string;
  ends_at: string;
  online: boolean;
  location: string | null;
  organisation_id: string | null;
  /** CHECK: 'proposed' | 'accepted' | 'declined'. */
  proposal_status: Generated<string>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `programme_role`: host, guest or speaker of a programme item, in order. */
export interface ProgrammeRoleTable {
  programme_item_id: string;
  position: number;
  person_name: string;
  /** CHECK: 'host' | 'guest' | 'speaker'. */
  role: string;
  organisation_id: string | null;
}

/** A selected week-edition row. */
export type WeekEditionRow = Selectable<WeekEditionTable>;
/** A week-edition row to insert. */
export type NewWeekEditionRow = Insertable<WeekEditionTable>;
/** A selected week-day row. */
export type WeekDayRow = Selectable<WeekDayTable>;
/** A selected programme-item row. */
export type ProgrammeItemRow = Selectable<ProgrammeItemTable>;

/** The columns of `WeekEditionTable`, for the schema check. */
export const weekEditionColumns = {
  id: 'uuid',
  slug: 'text',
  year: 'int4',
  title: 'text',
  motto: 'text',
  starts_on: 'date',
  ends_on: 'date',
  location: 'text',
  video_url: 'text?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<WeekEditionTable>;
/** The columns of `WeekDayTable`, for the schema check. */
export const weekDayColumns = {
  id: 'uuid',
  edition_id: 'uuid',
  date: 'date',
  sector: 'text',
  title: 'text',
  summary: 'text',
  recording_url: 'text?',
  report_url: 'text?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<WeekDayTable>;
/** The columns of `ProgrammeItemTable`, for the schema check. */
export const programmeItemColumns = {
  id: 'uuid',
  day_id: 'uuid',
  kind: 'text',
  title: 'text',
  description: 'text',
  starts_at: 'timestamptz',
  ends_at: 'timestamptz',
  online: 'bool',
  location: 'text?',
  organisation_id: 'uuid?',
  proposal_status: 'text',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<ProgrammeItemTable>;
/** The columns of `ProgrammeRoleTable`, for the schema check. */
export const programmeRoleColumns = {
  programme_item_id: 'uuid',
  position: 'int4',
  person_name: 'text',
  role: 'text',
  organisation_id: 'uuid?',
} satisfies Columns<ProgrammeRoleTable>;
