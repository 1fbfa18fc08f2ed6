import type { Kysely } from 'kysely';
import type { Database } from '@jamsessie/db';

/** The database handle every procedure receives: Kysely over PGlite or PostgreSQL. */
export type Db = Kysely<Database>;

/** What a signed-in coordinator may do: `admin` can also manage accounts and settings. */
export type UserRole = 'coordinator' | 'admin';

/**
 * The signed-in coordinator as the API sees it. Public visitors have no account: for them
 * `ctx.user` is `null`.
 */
export type AuthUser = {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: UserRole;
  /**
   * Signed in with a temporary password: every coordinator procedure refuses until they have
   * chosen their own (`auth.changePassword`). Optional so hand-built users in tests stay
   * short; absent means false.
   */
  readonly mustChangePassword?: boolean;
};

/**
 * Cookie hooks the HTTP adapter implements (HTTP-only, SameSite=Lax, Secure on https, Path=/).
 * The API decides *when* a session cookie is set or cleared; the server decides *how*.
 */
export type SessionCookies = {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
};

/**
 * A participant signed in to their own page by a one-time link: no account, only the address
 * that proved itself. A different kind from {@link AuthUser}: it never opens a coordinator
 * procedure (those read `ctx.user`, which stays null for a participant).
 */
export type ParticipantUser = {
  /** The proven address, lowercased. */
  readonly email: string;
  /** The page session (its row id; the token itself stays in the cookie). */
  readonly sessionId: string;
};

/** Cookie hooks for the participant's page session, a cookie of its own (see `SessionCookies`). */
export type ParticipantCookies = {
  setParticipantSession(token: string, expiresAt: Date): void;
  clearParticipantSession(): void;
};

/**
 * Optional nudge for the outbox worker: after a procedure enqueues mail the server may send
 * it right away instead of waiting for the next poll. Sending itself always goes through the
 * outbox, so a missing notifier only delays mail.
 */
export type OutboxNotifier = {
  wake(): void;
};

/** Everything a test or the HTTP adapter passes in to build a {@link Context}. */
export type CreateContextOptions = {
  db: Db;
  user: AuthUser | null;
  /** The clock; tests pass a fixed one. Defaults to the system clock. */
  now?: () => Date;
  /**
   * An opaque key for the caller (the server derives it from the client address), used by
   * rate limits. Tests use distinct keys to keep limits apart.
   */
  clientKey?: string;
  cookies?: SessionCookies;
  /** The raw session token from the cookie, if any (so `auth.logout` can end that session). */
  sessionToken?: string | null;
  /** The participant signed in to their own page, if any (from their own cookie). */
  participant?: ParticipantUser | null;
  /** The raw participant session token from its cookie (so signing out can end it). */
  participantSessionToken?: string | null;
  participantCookies?: ParticipantCookies;
  mailer?: OutboxNotifier;
  /** The public origin of the site, for links in e-mail (e.g. 'https://jamsessie.example'). */
  baseUrl: string;
  /**
   * Show stack traces and the messages of unexpected errors in answers: for a developer's
   * machine only (the server sets it from NODE_ENV=development). Default false.
   */
  errorDetails?: boolean;
};

/** The context of every procedure. */
export type Context = {
  readonly db: Db;
  readonly user: AuthUser | null;
  readonly now: () => Date;
  readonly clientKey: string;
  readonly cookies: SessionCookies;
  readonly sessionToken: string | null;
  readonly participant: ParticipantUser | null;
  readonly participantSessionToken: string | null;
  readonly participantCookies: ParticipantCookies;
  readonly mailer: OutboxNotifier;
  readonly baseUrl: string;
  /** Whether answers may carry stack traces and internal error messages (development only). */
  readonly errorDetails: boolean;
};

const noCookies: SessionCookies = {
  setSession: () => undefined,
  clearSession: () => undefined,
};

const noParticipantCookies: ParticipantCookies = {
  setParticipantSession: () => undefined,
  clearParticipantSession: () => undefined,
};

const noMailer: OutboxNotifier = { wake: () => undefined };

/**
 * Builds the procedure context from explicit parts, with no HTTP in sight: tests call this
 * directly, the server's adapter wraps it.
 *
 * @example
 * const ctx = createContextInner({ db, user: null, now: () => new Date('2025-03-01T10:00:00Z'),
 *   baseUrl: 'http://localhost:3000' });
 * const caller = createCaller(ctx);
 */
export function createContextInner(options: CreateContextOptions): Context {
  return {
    db: options.db,
    user: options.user,
    now: options.now ?? (() => new Date()),
    clientKey: options.clientKey ?? 'anonymous',
    cookies: options.cookies ?? noCookies,
    sessionToken: options.sessionToken ?? null,
    participant: options.participant ?? null,
    participantSessionToken: options.participantSessionToken ?? null,
    participantCookies: options.participantCookies ?? noParticipantCookies,
    mailer: options.mailer ?? noMailer,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    errorDetails: options.errorDetails ?? false,
  };
}
