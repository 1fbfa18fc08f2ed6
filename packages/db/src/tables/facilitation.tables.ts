import type { ProtocolState } from '@jamsessie/domain';
import type { Columns } from './columns.js';
import type { Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

/** `dilemma`: a participant's question, inventoried for a session. Private by default. */
export interface DilemmaTable {
  id: Generated<string>;
  session_id: string;
  owner_id: string | null;
  owner_name: string | null;
  text: string;
  follow_up_questions: JSONColumnType<string[], string | undefined, string>;
  /** A coordinator's short title (at most 80 characters); null until given. */
  kop: string | null;
  /** CHECK: 'inventoried' | 'chosen' | 'discussed' | 'parked'. */
  status: Generated<string>;
  /** CHECK: a consent level; default 'private'. */
  consent: Generated<string>;
  position: number | null;
  submitted_at: string;
  /**
   * The address a dilemma from the public form waits to be confirmed by; null once confirmed
   * (or when none was given). While set, the dilemma has no owner and records no consent.
   */
  unconfirmed_email: Generated<string | null>;
  /** The consent level chosen on the form, recorded only at confirmation. */
  requested_consent: Generated<string | null>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/**
 * `dilemma_wording`: an earlier wording of a dilemma, kept when a coordinator changes the text
 * (coordinators only; erased with the dilemma's owner).
 */
export interface DilemmaWordingTable {
  id: Generated<string>;
  dilemma_id: string;
  text: string;
  follow_up_questions: JSONColumnType<string[], string | undefined, string>;
  replaced_at: string;
  replaced_by: string | null;
}

/** `protocol_run`: the live state of the step protocol of one session (reducer state as jsonb). */
export interface ProtocolRunTable {
  id: Generated<string>;
  session_id: string;
  state: JSONColumnType<ProtocolState>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/**
 * `protocol_note`: the notes of a run's state (tips, ideas, take-aways), mirrored as rows on
 * every save so reports and exports need not parse run states.
 */
export interface ProtocolNoteTable {
  id: string;
  run_id: string;
  dilemma_id: string;
  position: number;
  /** CHECK: 1..3. */
  step: number;
  /** CHECK: 'tip' | 'idea' | 'association' | 'question' | 'takeaway'. */
  kind: string;
  text: string;
}

/**
 * `protocol_cue`: the private cue link of a chosen dilemma's owner (person A) in a run, kept
 * as the SHA-256 of its token, with what A jotted down and whether A is back.
 */
export interface ProtocolCueTable {
  id: string;
  run_id: string;
  dilemma_id: string;
  token_hash: string;
  notes: Generated<string>;
  /** CHECK: 'private' | 'quotable'. */
  notes_consent: Generated<string>;
  back_at: string | null;
  created_at: Generated<string>;
}

/** A selected protocol-cue row. */
export type ProtocolCueRow = Selectable<ProtocolCueTable>;

/** A selected dilemma row. */
export type DilemmaRow = Selectable<DilemmaTable>;
/** A dilemma row to insert. */
export type NewDilemmaRow = Insertable<DilemmaTable>;
/** A selected protocol-run row. */
export type ProtocolRunRow = Selectable<ProtocolRunTable>;
/** A selected protocol-note row. */
export type ProtocolNoteRow = Selectable<ProtocolNoteTable>;

/** The columns of `DilemmaTable`, for the schema check. */
export const dilemmaColumns = {
  id: 'uuid',
  session_id: 'uuid',
  owner_id: 'uuid?',
  owner_name: 'text?',
  text: 'text',
  follow_up_questions: 'jsonb',
  kop: 'text?',
  status: 'text',
  consent: 'text',
  position: 'int4?',
  submitted_at: 'timestamptz',
  unconfirmed_email: 'text?',
  requested_consent: 'text?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<DilemmaTable>;
/** The columns of `DilemmaWordingTable`, for the schema check. */
export const dilemmaWordingColumns = {
  id: 'uuid',
  dilemma_id: 'uuid',
  text: 'text',
  follow_up_questions: 'jsonb',
  replaced_at: 'timestamptz',
  replaced_by: 'uuid?',
} satisfies Columns<DilemmaWordingTable>;
/** The columns of `ProtocolRunTable`, for the schema check. */
export const protocolRunColumns = {
  id: 'uuid',
  session_id: 'uuid',
  state: 'jsonb',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<ProtocolRunTable>;
/** The columns of `ProtocolNoteTable`, for the schema check. */
export const protocolNoteColumns = {
  id: 'uuid',
  run_id: 'uuid',
  dilemma_id: 'uuid',
  position: 'int4',
  step: 'int4',
  kind: 'text',
  text: 'text',
} satisfies Columns<ProtocolNoteTable>;
/** The columns of `ProtocolCueTable`, for the schema check. */
export const protocolCueColumns = {
  id: 'uuid',
  run_id: 'uuid',
  dilemma_id: 'uuid',
  token_hash: 'text',
  notes: 'text',
  notes_consent: 'text',
  back_at: 'timestamptz?',
  created_at: 'timestamptz',
} satisfies Columns<ProtocolCueTable>;

/**
 * `dilemma_follow_up`: the owner's opt-in to the follow-up "Nadien", when its one mail went
 * out, and their answer (with whether it may be added to the report).
 */
export interface DilemmaFollowUpTable {
  dilemma_id: string;
  opted_in_at: Generated<string>;
  mailed_at: string | null;
  answer: string | null;
  answered_at: string | null;
  in_report: Generated<boolean>;
}

/** The columns of `DilemmaFollowUpTable`, for the schema check. */
export const dilemmaFollowUpColumns = {
  dilemma_id: 'uuid',
  opted_in_at: 'timestamptz',
  mailed_at: 'timestamptz?',
  answer: 'text?',
  answered_at: 'timestamptz?',
  in_report: 'bool',
} satisfies Columns<DilemmaFollowUpTable>;
