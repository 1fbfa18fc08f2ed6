import type { Columns } from './columns.js';
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** `movement`: the renewal movements (zorg, langdurige-ggz, zorgonderwijs, jeugdzorg). */
export interface MovementTable {
  id: Generated<string>;
  slug: string;
  name: string;
  short_name: string;
  description: Generated<string>;
  started_year: number | null;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `organisation`: participating care organisations and the other kinds (ministry, financier, ...). */
export interface OrganisationTable {
  id: Generated<string>;
  slug: string;
  name: string;
  /** CHECK: one of the domain's `OrganisationKind` values. */
  kind: string;
  website: string | null;
  city: string | null;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `organisation_email_domain`: lowercased mail domains, used for meeting-link eligibility. */
export interface OrganisationEmailDomainTable {
  organisation_id: string;
  domain: string;
}

/** `participation`: an organisation takes part in a movement from a date, until a date or open. */
export interface ParticipationTable {
  id: Generated<string>;
  organisation_id: string;
  movement_id: string;
  from_date: string;
  until_date: string | null;
  version: Generated<number>;
}

/** `action_team`: a team inside a movement that owns series (e.g. VVLG). */
export interface ActionTeamTable {
  id: Generated<string>;
  slug: string;
  name: string;
  short_name: string;
  movement_id: string;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** A selected movement row. */
export type MovementRow = Selectable<MovementTable>;
/** A movement row to insert. */
export type NewMovementRow = Insertable<MovementTable>;
/** Changes to a movement row. */
export type MovementRowUpdate = Updateable<MovementTable>;
/** A selected organisation row. */
export type OrganisationRow = Selectable<OrganisationTable>;
/** An organisation row to insert. */
export type NewOrganisationRow = Insertable<OrganisationTable>;
/** Changes to an organisation row. */
export type OrganisationRowUpdate = Updateable<OrganisationTable>;
/** A selected participation row. */
export type ParticipationRow = Selectable<ParticipationTable>;
/** A participation row to insert. */
export type NewParticipationRow = Insertable<ParticipationTable>;
/** A selected action-team row. */
export type ActionTeamRow = Selectable<ActionTeamTable>;
/** An action-team row to insert. */
export type NewActionTeamRow = Insertable<ActionTeamTable>;

/** The columns of `MovementTable`, for the schema check. */
export const movementColumns = {
  id: 'uuid',
  slug: 'text',
  name: 'text',
  short_name: 'text',
  description: 'text',
  started_year: 'int4?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<MovementTable>;
/** The columns of `OrganisationTable`, for the schema check. */
export const organisationColumns = {
  id: 'uuid',
  slug: 'text',
  name: 'text',
  kind: 'text',
  website: 'text?',
  city: 'text?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<OrganisationTable>;
/** The columns of `OrganisationEmailDomainTable`, for the schema check. */
export const organisationEmailDomainColumns = {
  organisation_id: 'uuid',
  domain: 'text',
} satisfies Columns<OrganisationEmailDomainTable>;
/** The columns of `ParticipationTable`, for the schema check. */
export const participationColumns = {
  id: 'uuid',
  organisation_id: 'uuid',
  movement_id: 'uuid',
  from_date: 'date',
  until_date: 'date?',
  version: 'int4',
} satisfies Columns<ParticipationTable>;
/** The columns of `ActionTeamTable`, for the schema check. */
export const actionTeamColumns = {
  id: 'uuid',
  slug: 'text',
  name: 'text',
  short_name: 'text',
  movement_id: 'uuid',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<ActionTeamTable>;
