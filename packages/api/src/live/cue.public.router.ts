import {
  findRunVersionByCueTokenHash,
  markProtocolCueBack,
  saveProtocolCueNotes,
} from '@jamsessie/db';
import { CueToken, OwnerNotesInput } from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { publicProcedure, router } from '../trpc.js';
import { hashCueToken } from './cue-token.js';
import { ownerCueView, validCue } from './cue.service.js';

const TokenInput = z.object({ token: CueToken });

/**
 * Person A's private cue screen (PUBLIC by an unguessable link, `cue.*`): the link is given
 * by the facilitator to the owner of one chosen dilemma, works only for that run and owner,
 * and expires when the run finishes. No account: holding the link is the permission, and it
 * reaches only A's own status, clock and notes.
 */
export const cueRouter = router({
  /** A's status, clock and notes now. */
  view: publicProcedure
    .input(TokenInput)
    .query(async ({ ctx, input }) =>
      ownerCueView(await validCue(ctx.db, input.token), ctx.now().toISOString()),
    ),

  /** Only the run's version, asked several times a second to notice a step change. */
  version: publicProcedure.input(TokenInput).query(async ({ ctx, input }) => {
    await validCue(ctx.db, input.token);
    const version = await findRunVersionByCueTokenHash(ctx.db, hashCueToken(input.token));
    if (version === undefined) {
      throw toTRPCError({
        code: 'PROTOCOL_CUE.NOT_FOUND',
        message: 'Deze link is niet (meer) geldig.',
      });
    }
    return { version };
  }),

  /** Keeps what A jots down (their take-aways for step 3) and A's consent for the report. */
  saveNotes: publicProcedure.input(OwnerNotesInput).mutation(async ({ ctx, input }) => {
    const { cue } = await validCue(ctx.db, input.token);
    await saveProtocolCueNotes(ctx.db, cue.id, input.notes, input.consent);
    return { saved: true as const };
  }),

  /** A taps "Ik ben terug": the facilitator sees that A is ready for step 3. */
  back: publicProcedure.input(TokenInput).mutation(async ({ ctx, input }) => {
    const { cue } = await validCue(ctx.db, input.token);
    await markProtocolCueBack(ctx.db, cue.id);
    return { back: true as const };
  }),
});
