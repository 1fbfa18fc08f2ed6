import type { Columns } from './columns.js';
import type { Generated } from 'kysely';

/**
 * `participant_token`: a one-time link that proves an e-mail address (sign in, confirm a
 * dilemma). Only the SHA-256 of the token is kept; `used_at` makes it single use.
 */
export interface ParticipantTokenTable {
  token_hash: string;
  /** CHECK: 'sign_in' | 'confirm_dilemma' | 'consent'. */
  purpose: string;
  /** Lowercased: the address the link was sent to (and so proves). */
  email: string;
  /** What the link acts on (the dilemma to confirm, the consent request); null for signing in. */
  subject_id: string | null;
  created_at: Generated<string>;
  expires_at: string;
  used_at: string | null;
}

/**
 * `participant_session`: a browser signed in to a participant's own page, by a proven address.
 * Of its own kind: never a coordinator session, so it opens no coordinator procedure.
 */
export interface ParticipantSessionTable {
  id: Generated<string>;
  token_hash: string;
  /** Lowercased: the proven address. */
  email: string;
  created_at: Generated<string>;
  expires_at: string;
}

/** The columns of `ParticipantTokenTable`, for the schema check. */
export const participantTokenColumns = {
  token_hash: 'text',
  purpose: 'text',
  email: 'text',
  subject_id: 'uuid?',
  created_at: 'timestamptz',
  expires_at: 'timestamptz',
  used_at: 'timestamptz?',
} satisfies Columns<ParticipantTokenTable>;

/** The columns of `ParticipantSessionTable`, for the schema check. */
export const participantSessionColumns = {
  id: 'uuid',
  token_hash: 'text',
  email: 'text',
  created_at: 'timestamptz',
  expires_at: 'timestamptz',
} satisfies Columns<ParticipantSessionTable>;

/**
 * `personal_feed`: a participant's own calendar address (`/agenda/persoonlijk/<token>.ics`),
 * one per proven address. Only the SHA-256 of the token is kept.
 */
export interface PersonalFeedTable {
  /** Lowercased: the proven address the feed belongs to. */
  email: string;
  token_hash: string;
  created_at: Generated<string>;
}

/** The columns of `PersonalFeedTable`, for the schema check. */
export const personalFeedColumns = {
  email: 'text',
  token_hash: 'text',
  created_at: 'timestamptz',
} satisfies Columns<PersonalFeedTable>;
