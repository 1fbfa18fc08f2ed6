import { z } from 'zod';
import { Email } from '@jamsessie/domain';
import { login, logout } from '../auth/auth.service.js';
import { publicProcedure, router } from '../trpc.js';

/** Login input: the domain's Email plus a password with a sane upper bound (argon2 cost). */
const LoginInput = z.object({
  email: Email,
  password: z
    .string({ error: 'Vul je wachtwoord in.' })
    .min(1, { error: 'Vul je wachtwoord in.' })
    .max(1000, { error: 'Gebruik hoogstens 1000 tekens.' }),
});

/**
 * Signing in and out of the admin app. `me` tells the app who is signed in (or null);
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
});
