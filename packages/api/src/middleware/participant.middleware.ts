import { PARTICIPANT_SIGN_IN_REQUIRED } from '@jamsessie/domain';
import type { ParticipantUser } from '../context.js';
import { toTRPCError } from '../errors.js';
import { t } from '../trpc-core.js';

/**
 * Requires a participant signed in to their own page (by a one-time link) and narrows
 * `ctx.participant` to non-null. A coordinator session does not count: the two kinds of
 * session are separate both ways.
 *
 * @example const participantProcedure = publicProcedure.use(requireParticipant());
 */
export function requireParticipant() {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.participant) {
      throw toTRPCError({
        code: 'AUTH.PARTICIPANT_REQUIRED',
        message: PARTICIPANT_SIGN_IN_REQUIRED,
      });
    }
    const participant: ParticipantUser = ctx.participant;
    return next({ ctx: { ...ctx, participant } });
  });
}
