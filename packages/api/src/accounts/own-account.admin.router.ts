import { z } from 'zod';
import { toAuthUser } from '../auth/auth.service.js';
import { changeOwnPassword } from '../auth/password-change.service.js';
import { NewPassword } from '../auth/password-strength.js';
import { router, signedInProcedure } from '../trpc.js';

const ChangePasswordInput = z.object({
  currentPassword: z
    .string({ error: 'Vul je huidige wachtwoord in.' })
    .min(1, { error: 'Vul je huidige wachtwoord in.' })
    .max(1000, { error: 'Gebruik hoogstens 1000 tekens.' }),
  newPassword: NewPassword,
});

/**
 * The signed-in coordinator's own account (`admin.me.*`). `changePassword` is the one
 * procedure open to someone who signed in with a temporary password.
 */
export const ownAccountRouter = router({
  changePassword: signedInProcedure.input(ChangePasswordInput).mutation(async ({ ctx, input }) => ({
    user: toAuthUser(await changeOwnPassword(ctx, ctx.user, input)),
  })),
});
