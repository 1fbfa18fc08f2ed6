import { HerkenbaarMarkInput } from '@jamsessie/domain';
import { participantProcedure, router } from '../trpc.js';
import { herkenbaarSessionsFor, setHerkenbaar } from './herkenbaar.service.js';

/**
 * "Herkenbaar" on the participant's own page (`participant.mine.herkenbaar.*`): in the days
 * before a session its participants see the neutral titles of its questions and mark the
 * ones they recognise. Anonymous: see `markKey`.
 */
export const herkenbaarParticipantRouter = router({
  /** The sessions open for marking, with their questions' titles and one's own marks. */
  list: participantProcedure.query(({ ctx }) => herkenbaarSessionsFor(ctx, ctx.participant)),
  /** Sets or takes back one's own mark on one question. */
  mark: participantProcedure
    .input(HerkenbaarMarkInput)
    .mutation(({ ctx, input }) => setHerkenbaar(ctx, ctx.participant, input)),
});
