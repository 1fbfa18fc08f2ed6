import { HerkenbaarCountsInput } from '@jamsessie/domain';
import { coordinatorProcedure, router } from '../trpc.js';
import { herkenbaarCounts } from './herkenbaar.service.js';

/**
 * The coordinators' side of "herkenbaar" (`admin.herkenbaar.*`): how many participants
 * recognised each question, to choose and order. Counts only, never who.
 */
export const herkenbaarAdminRouter = router({
  counts: coordinatorProcedure
    .input(HerkenbaarCountsInput)
    .query(({ ctx, input }) => herkenbaarCounts(ctx, input)),
});
