import type { Columns } from './columns.js';
import type { Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

/** `coordinator_account`: a coordinator or admin who signs in to the admin app. */
export interface CoordinatorAccountTable {
  id: Generated<string>;
  /** Lowercased, unique. */
  email: string;
  display_name: string;
  password_hash: string;
  /** CHECK: 'coordinator' | 'admin'. */
  role: Generated<string>;
  disabled: Generated<boolean>;
  /** A temporary password (new account, reset by an admin): must be changed at sign-in. */
  must_change_password: Generated<boolean>;
  last_login_at: string | null;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `auth_session`: a signed-in browser; only the SHA-256 hash of its token is stored. */
export interface AuthSessionTable {
  id: Generated<string>;
  token_hash: string;
  account_id: string;
  created_at: Generated<string>;
  expires_at: string;
}

/** `rate_limit`: a fixed-window counter per key (e.g. `login:ip:1.2.3.4`). */
export interface RateLimitTable {
  key: string;
  window_start: string;
  count: number;
}

/** `audit_log`: who did what to which entity; append-only. `actor_id` null means the system. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: JSONColumnType<Record<string, unknown>, string | undefined, string>;
}

/** A selected coordinator-account row. */
export type CoordinatorAccountRow = Selectable<CoordinatorAccountTable>;
/** A coordinator-account row to insert. */
export type NewCoordinatorAccountRow = Insertable<CoordinatorAccountTable>;
/** A selected auth-session row. */
export type AuthSessionRow = Selectable<AuthSessionTable>;
/** A selected audit-log row. */
export type AuditLogRow = Selectable<AuditLogTable>;

/** The columns of `CoordinatorAccountTable`, for the schema check. */
export const coordinatorAccountColumns = {
  id: 'uuid',
  email: 'text',
  display_name: 'text',
  password_hash: 'text',
  role: 'text',
  disabled: 'bool',
  must_change_password: 'bool',
  last_login_at: 'timestamptz?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<CoordinatorAccountTable>;
/** The columns of `AuthSessionTable`, for the schema check. */
export const authSessionColumns = {
  id: 'uuid',
  token_hash: 'text',
  account_id: 'uuid',
  created_at: 'timestamptz',
  expires_at: 'timestamptz',
} satisfies Columns<AuthSessionTable>;
/** The columns of `RateLimitTable`, for the schema check. */
export const rateLimitColumns = {
  key: 'text',
  window_start: 'timestamptz',
  count: 'int4',
} satisfies Columns<RateLimitTable>;
/** The columns of `AuditLogTable`, for the schema check. */
export const auditLogColumns = {
  id: 'int8',
  at: 'timestamptz',
  actor_id: 'uuid?',
  action: 'text',
  entity: 'text',
  entity_id: 'text?',
  details: 'jsonb',
} satisfies Columns<AuditLogTable>;
