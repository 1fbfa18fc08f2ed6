import { randomUUID } from 'node:crypto';
import {
  countActiveAdmins,
  deleteAuthSessionsOfAccount,
  findAccountById,
  insertAccount,
  listAccounts,
  updateAccount,
  type AccountRole,
  type CoordinatorAccount,
  type Executor,
} from '@jamsessie/db';
import { Email, Id, requiredText, Version } from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { hashPassword } from '../auth/password.js';
import { newTemporaryPassword, replacePassword } from '../auth/password-change.service.js';
import type { Context } from '../context.js';
import { adminProcedure, router } from '../trpc.js';
import { expectVersion, found, refuse, saved } from '../shared/admin.helpers.js';

const ACCOUNT_NOT_FOUND = 'Dit account bestaat niet (meer).';

/** An account role (not a domain concept: accounts belong to the API). */
const Role = z.enum(['coordinator', 'admin'], { error: 'Kies coördinator of beheerder.' });

const AccountRef = z.object({ id: Id, version: Version });

const CreateInput = z.object({
  email: Email,
  displayName: requiredText(120),
  role: Role.default('coordinator'),
});

/** Refuses a change that would leave no enabled admin (nobody could manage accounts then). */
async function keepAnAdmin(
  tx: Executor,
  current: CoordinatorAccount,
  next: { role: AccountRole; disabled: boolean },
): Promise<void> {
  const losesAdmin =
    current.role === 'admin' && !current.disabled && (next.role !== 'admin' || next.disabled);
  if (losesAdmin && (await countActiveAdmins(tx)) <= 1) {
    refuse('ACCOUNT.LAST_ADMIN', 'Er moet minstens één actieve beheerder overblijven.');
  }
}

async function change(
  ctx: Context,
  input: { id: string; version: number },
  action: string,
  next: (current: CoordinatorAccount) => { role: AccountRole; disabled: boolean },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const current = found(await findAccountById(tx, input.id), 'ACCOUNT', ACCOUNT_NOT_FOUND);
    expectVersion('account', current, input.version);
    const wanted = next(current);
    await keepAnAdmin(tx, current, wanted);
    const stored = saved(
      await updateAccount(tx, { id: current.id, version: input.version, ...wanted }),
    );
    // A disabled account or a changed role ends every session of the account: a cookie from
    // before cannot outlive the change, nor come back when the account is enabled again.
    const endsSessions = wanted.disabled || wanted.role !== current.role;
    const endedSessions = endsSessions ? await deleteAuthSessionsOfAccount(tx, stored.id) : 0;
    await audit(ctx, tx, {
      action,
      entity: 'coordinator_account',
      entityId: stored.id,
      details: { role: stored.role, disabled: stored.disabled, endedSessions },
    });
    return stored;
  });
}

/**
 * Coordinator accounts (`admin.accounts.*`, admins only: a coordinator gets FORBIDDEN): list,
 * create with a temporary password, reset to a new temporary password, disable or enable,
 * change the role. A temporary password is generated here, answered once for the admin to
 * pass on, stored only as an argon2id hash, and must be changed at first sign-in. The last
 * enabled admin can be neither disabled nor demoted.
 */
export const accountsRouter = router({
  list: adminProcedure.query(({ ctx }) => listAccounts(ctx.db)),

  create: adminProcedure.input(CreateInput).mutation(async ({ ctx, input }) => {
    const temporaryPassword = newTemporaryPassword();
    const passwordHash = await hashPassword(temporaryPassword);
    return ctx.db.transaction().execute(async (tx) => {
      const account = saved(
        await insertAccount(tx, {
          id: randomUUID(),
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          role: input.role,
          mustChangePassword: true,
        }),
      );
      await audit(ctx, tx, {
        action: 'account.create',
        entity: 'coordinator_account',
        entityId: account.id,
        details: { role: account.role },
      });
      return { ...account, temporaryPassword };
    });
  }),

  resetPassword: adminProcedure.input(AccountRef).mutation(({ ctx, input }) => {
    const temporaryPassword = newTemporaryPassword();
    return ctx.db.transaction().execute(async (tx) => {
      const current = found(await findAccountById(tx, input.id), 'ACCOUNT', ACCOUNT_NOT_FOUND);
      expectVersion('account', current, input.version);
      const account = await replacePassword(ctx, tx, {
        accountId: current.id,
        password: temporaryPassword,
        temporary: true,
        action: 'account.reset_password',
      });
      return { ...account, temporaryPassword };
    });
  }),

  disable: adminProcedure
    .input(AccountRef.extend({ disabled: z.boolean().default(true) }))
    .mutation(({ ctx, input }) => {
      if (input.disabled && input.id === ctx.user.id) {
        refuse('ACCOUNT.SELF', 'Je kunt je eigen account niet uitschakelen.');
      }
      return change(
        ctx,
        input,
        input.disabled ? 'account.disable' : 'account.enable',
        (current) => ({
          role: current.role,
          disabled: input.disabled,
        }),
      );
    }),

  changeRole: adminProcedure.input(AccountRef.extend({ role: Role })).mutation(({ ctx, input }) =>
    change(ctx, input, 'account.change_role', (current) => ({
      role: input.role,
      disabled: current.disabled,
    })),
  ),
});
