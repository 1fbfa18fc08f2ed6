import {
  countOutboxEntries,
  listOutboxEntries,
  outboxCountsByStatus,
  retryOutboxEntry,
} from '@jamsessie/db';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { coordinatorProcedure, router } from '../trpc.js';
import { Id } from '@jamsessie/domain';
import { refuse } from '../shared/admin.helpers.js';

const OutboxStatusInput = z.enum(['queued', 'sending', 'sent', 'failed'], {
  error: 'Kies een status: in de wachtrij, bezig, verzonden of mislukt.',
});

/**
 * The mail outbox for coordinators (`admin.outbox.*`): what is queued, sent or failed (no
 * bodies), counts per status, and sending a failed message again.
 */
export const outboxRouter = router({
  list: coordinatorProcedure
    .input(
      z
        .object({ status: z.array(OutboxStatusInput).max(4).optional(), ...PageInput.shape })
        .prefault({}),
    )
    .query(async ({ ctx, input }) => {
      const [items, total, counts] = await Promise.all([
        listOutboxEntries(ctx.db, input.status, {
          limit: input.pageSize,
          offset: pageOffset(input),
        }),
        countOutboxEntries(ctx.db, input.status),
        outboxCountsByStatus(ctx.db),
      ]);
      return { ...toPage(items, total, input), counts };
    }),

  /** Queues a failed message again (fresh attempts) and wakes the sender after the commit. */
  retry: coordinatorProcedure.input(z.object({ id: Id })).mutation(async ({ ctx, input }) => {
    const result = await ctx.db.transaction().execute(async (tx) => {
      const outcome = await retryOutboxEntry(tx, input.id, ctx.now().toISOString());
      if (outcome === 'missing') refuse('OUTBOX.NOT_FOUND', 'Dit bericht bestaat niet (meer).');
      if (outcome === 'not_failed') {
        refuse('OUTBOX.NOT_FAILED', 'Alleen een mislukt bericht kan opnieuw worden verstuurd.');
      }
      await audit(ctx, tx, { action: 'outbox.retry', entity: 'email_outbox', entityId: input.id });
      return { id: input.id, status: 'queued' as const };
    });
    ctx.mailer.wake();
    return result;
  }),
});
