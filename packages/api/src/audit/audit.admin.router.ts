import { listAuditEntries } from '@jamsessie/db';
import { Id, requiredText } from '@jamsessie/domain';
import { z } from 'zod';
import { coordinatorProcedure, router } from '../trpc.js';

const AuditListInput = z
  .object({
    entity: requiredText(60).optional(),
    entityId: requiredText(100).optional(),
    actorId: Id.optional(),
    action: requiredText(100).optional(),
    /** The last id of the previous page: the next page holds older entries. */
    beforeId: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .prefault({});

/**
 * The audit log (`admin.audit.list`): newest first, paged backwards with `beforeId`
 * (`nextBeforeId` is null on the last page).
 */
export const auditRouter = router({
  list: coordinatorProcedure.input(AuditListInput).query(async ({ ctx, input }) => {
    const { limit, ...filter } = input;
    // One more than asked tells whether an older page exists.
    const rows = await listAuditEntries(ctx.db, filter, limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextBeforeId: rows.length > limit && last ? last.id : null };
  }),
});
