import type { Columns } from './columns.js';
import type { Generated } from 'kysely';

/**
 * `login_failure`: one failed sign-in, keyed by hashes of the address and the client (never
 * in clear). The sign-in throttle reads recent rows; housekeeping prunes old ones.
 */
export interface LoginFailureTable {
  id: Generated<number>;
  address_key: string;
  client_key: string;
  failed_at: string;
}

/** `password_reset_token`: a one-time reset link; only the SHA-256 hash of the token is kept. */
export interface PasswordResetTokenTable {
  token_hash: string;
  account_id: string;
  created_at: Generated<string>;
  expires_at: string;
  used_at: string | null;
}

/** The columns of `LoginFailureTable`, for the schema check. */
export const loginFailureColumns = {
  id: 'int8',
  address_key: 'text',
  client_key: 'text',
  failed_at: 'timestamptz',
} satisfies Columns<LoginFailureTable>;

/** The columns of `PasswordResetTokenTable`, for the schema check. */
export const passwordResetTokenColumns = {
  token_hash: 'text',
  account_id: 'uuid',
  created_at: 'timestamptz',
  expires_at: 'timestamptz',
  used_at: 'timestamptz?',
} satisfies Columns<PasswordResetTokenTable>;
