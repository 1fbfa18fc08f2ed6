import { findPersonByEmail } from '@jamsessie/db';
import { FollowUpAnswer, Id } from '@jamsessie/domain';
import { z } from 'zod';
import { listMyContactChoices, setMyContactSharing } from './contact-sharing.service.js';
import { answerMyFollowUp, listMyFollowUps } from './follow-up.service.js';
import {
  myPersonalFeed,
  renewMyPersonalFeed,
  revokeMyPersonalFeed,
} from './personal-feed.service.js';
import { participantProcedure, router } from '../trpc.js';

/**
 * The participant's own page, the parts about their own agenda and what follows a session:
 * Mijn persoonlijke agenda, Contactgegevens delen and Nadien (issue #14). Only for a participant signed in by link.
 */
export const participantPersonalRouter = router({
  /** Whether a personal calendar address exists, and since when (the address is shown once). */
  feed: participantProcedure.query(({ ctx }) => myPersonalFeed(ctx.db, ctx.participant.email)),
  /** Makes or renews the personal calendar address; the old one stops working. */
  renewFeed: participantProcedure.mutation(({ ctx }) => renewMyPersonalFeed(ctx, ctx.participant)),
  /** Ends the personal calendar address. */
  revokeFeed: participantProcedure.mutation(({ ctx }) =>
    revokeMyPersonalFeed(ctx, ctx.participant),
  ),
  /** Contactgegevens delen: the sessions attended, each with the current choice. */
  contactChoices: participantProcedure.query(async ({ ctx }) =>
    listMyContactChoices(ctx.db, await findPersonByEmail(ctx.db, ctx.participant.email), ctx.now()),
  ),
  /** The participant's own choice to share their address with the others of a session. */
  setContactSharing: participantProcedure
    .input(
      z.object({
        sessionId: Id,
        shares: z.boolean({ error: 'Kies of je je e-mailadres deelt.' }),
      }),
    )
    .mutation(({ ctx, input }) => setMyContactSharing(ctx, ctx.participant, input)),
  /** Nadien: the follow-ups whose mail went out, with the answer so far. */
  followUps: participantProcedure.query(({ ctx }) =>
    listMyFollowUps(ctx.db, ctx.participant.email),
  ),
  /** Nadien: the owner's answer, and whether it may be added to the report. */
  answerFollowUp: participantProcedure
    .input(FollowUpAnswer.extend({ dilemmaId: Id }))
    .mutation(({ ctx, input }) => answerMyFollowUp(ctx, ctx.participant, input)),
});
