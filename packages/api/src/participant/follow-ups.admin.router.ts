import { listFollowUpsOfSession } from '@jamsessie/db';
import { Id } from '@jamsessie/domain';
import { z } from 'zod';
import { coordinatorProcedure, router } from '../trpc.js';

/**
 * The follow-up "Nadien" as the coordinators see it: per session, which owners opted in,
 * whether their one mail went out, and their answer (with whether it may go in the report).
 */
export const followUpsRouter = router({
  ofSession: coordinatorProcedure
    .input(z.object({ sessionId: Id }))
    .query(({ ctx, input }) => listFollowUpsOfSession(ctx.db, input.sessionId)),
});
