import {
  myPersonalFeed,
  renewMyPersonalFeed,
  revokeMyPersonalFeed,
} from '../participant/personal-feed.service.js';
import { participantProcedure, router } from '../trpc.js';

/**
 * The participant's own page, the parts about their own agenda and what follows a session:
 * Mijn persoonlijke agenda (issue #14). Only for a participant signed in by link.
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
});
