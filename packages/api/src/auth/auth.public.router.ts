import { z } from 'zod';
import { Email } from '@jamsessie/domain';
import { login, logout } from './auth.service.js';
import { requestPasswordReset, resetPasswordWithToken } from './password-reset.service.js';
import { NewPassword } from './password-strength.js';
import { publicProcedure, router } from '../trpc.js';

/** Login input: the domain's Email plus a password with a sane upper bound (argon2 cost). */
const LoginInput = z.object({
  email: Email,
  password: z
    .string({ error: 'Vul je wachtwoord in.' })
    .min(1, { error: 'Vul je wachtwoord in.' })
    .max(1000, { error: 'Gebruik hoogstens 1000 tekens.' }),
});

/** A reset link's token: 32 bytes in base64url, as `newSessionToken` makes them. */
const ResetToken = z
  .string({ error: 'Deze link is onvolledig. Vraag een nieuwe aan.' })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Deze link is onvolledig. Vraag een nieuwe aan.' });

/**
 * Signing in and out of the admin app, and a forgotten password (a one-time link by mail). `me` tells the app who is signed in (or null);
 * no procedure here ever returns a password hash or a token.
 */
export const authRouter = router({
  login: publicProcedure.input(LoginInput).mutation(async ({ ctx, input }) => {
    const user = await login(ctx, input);
    return { user };
  }),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    await logout(ctx);
    return { ok: true as const };
  }),
  me: publicProcedure.query(({ ctx }) => ({ user: ctx.user })),
  requestPasswordReset: publicProcedure
    .input(z.object({ email: Email }))
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),
  resetPassword: publicProcedure
    .input(z.object({ token: ResetToken, newPassword: NewPassword }))
    .mutation(async ({ ctx, input }) => {
      await resetPasswordWithToken(ctx, input);
      return { ok: true as const };
    }),
});
