import type { Columns } from './columns.js';
import type { Generated, Insertable, Selectable } from 'kysely';

/** `person`: a participant (minimal personal data; erasable). */
export interface PersonTable {
  id: Generated<string>;
  display_name: string;
  /** Lowercased; unique when present. */
  email: string | null;
  organisation_id: string | null;
  is_loc_member: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/**
 * `consent`: append-only history (a trigger refuses UPDATE); the current consent for a
 * (person, subject, subject_id) is the latest record, a withdrawal is a record too.
 */
export interface ConsentTable {
  id: Generated<string>;
  person_id: string;
  /** CHECK: 'dilemma' | 'reaction' | 'quote' | 'contact_sharing'. */
  subject: string;
  subject_id: string | null;
  /** CHECK: 'private' | 'shareable_anonymised' | 'quotable'; for level-based subjects. */
  level: string | null;
  /** For yes/no subjects (contact sharing). */
  granted: boolean | null;
  at: string;
  /** Who recorded it when not the person themselves (a person id; no FK, history is kept). */
  recorded_by: string | null;
  /** CHECK: 'confirmed_email' | 'coordinator'; null on records from before it was kept. */
  method: Generated<string | null>;
  /** The exact text consented to; null: the level holds whatever the text. */
  text: Generated<string | null>;
}

/** A selected person row. */
export type PersonRow = Selectable<PersonTable>;
/** A person row to insert. */
export type NewPersonRow = Insertable<PersonTable>;
/** A selected consent row. */
export type ConsentRow = Selectable<ConsentTable>;
/** A consent row to insert. */
export type NewConsentRow = Insertable<ConsentTable>;

/** The columns of `PersonTable`, for the schema check. */
export const personColumns = {
  id: 'uuid',
  display_name: 'text',
  email: 'text?',
  organisation_id: 'uuid?',
  is_loc_member: 'bool',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<PersonTable>;
/** The columns of `ConsentTable`, for the schema check. */
export const consentColumns = {
  id: 'uuid',
  person_id: 'uuid',
  subject: 'text',
  subject_id: 'uuid?',
  level: 'text?',
  granted: 'bool?',
  at: 'timestamptz',
  recorded_by: 'uuid?',
  method: 'text?',
  text: 'text?',
} satisfies Columns<ConsentTable>;
