import type { AuthUser, UserRole } from '../context.js';
import { toTRPCError } from '../errors.js';
import { t } from '../trpc-core.js';

/** The Dutch message for a caller who is not signed in. */
export const LOGIN_REQUIRED_MESSAGE = 'Log in om verder te gaan.';
/** The Dutch message for a signed-in caller without the required role. */
export const ROLE_REQUIRED_MESSAGE = 'Hiervoor heb je beheerrechten nodig.';

/** The Dutch message for a coordinator who signed in with a temporary password. */
export const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  'Kies eerst een eigen wachtwoord: je bent ingelogd met een tijdelijk wachtwoord.';

/** Which roles satisfy a requirement: an admin may do everything a coordinator may. */
const rolesSatisfying: Record<UserRole, readonly UserRole[]> = {
  coordinator: ['coordinator', 'admin'],
  admin: ['admin'],
};

/**
 * Requires a signed-in user with (at least) the given role and narrows `ctx.user` to
 * non-null for the procedures behind it.
 *
 * @example const coordinatorProcedure = t.procedure.use(requireRole('coordinator'));
 */
export function requireRole(role: UserRole) {
  return t.middleware(({ ctx, next }) => {
    // Through `toTRPCError` like every refusal: the error formatter only passes on messages
    // that come with a domain code (tRPC's own are English).
    if (!ctx.user) {
      throw toTRPCError({ code: 'AUTH.LOGIN_REQUIRED', message: LOGIN_REQUIRED_MESSAGE });
    }
    // A temporary password opens only the change-password screen (`requireSignIn`).
    if (ctx.user.mustChangePassword) {
      throw toTRPCError({
        code: 'AUTH.PASSWORD_CHANGE_REQUIRED',
        message: PASSWORD_CHANGE_REQUIRED_MESSAGE,
      });
    }
    if (!rolesSatisfying[role].includes(ctx.user.role)) {
      throw toTRPCError({ code: 'AUTH.FORBIDDEN', message: ROLE_REQUIRED_MESSAGE });
    }
    const user: AuthUser = ctx.user;
    return next({ ctx: { ...ctx, user } });
  });
}

/**
 * Requires a signed-in user, also one who still has a temporary password: only for choosing
 * one's own password. Narrows `ctx.user` to non-null.
 *
 * @example const signedInProcedure = t.procedure.use(requireSignIn());
 */
export function requireSignIn() {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.user) {
      throw toTRPCError({ code: 'AUTH.LOGIN_REQUIRED', message: LOGIN_REQUIRED_MESSAGE });
    }
    const user: AuthUser = ctx.user;
    return next({ ctx: { ...ctx, user } });
  });
}
