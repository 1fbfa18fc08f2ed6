import { DilemmaInput, Email, Slug } from '@jamsessie/domain';
import { z } from 'zod';
import { bringDilemma } from './dilemma-intake.service.js';
import { requestMeetingLink } from './link-request.service.js';
import { publicProcedure, router } from '../trpc.js';

const RequestLinkInput = z.object({ email: Email, seriesSlug: Slug });

const BringDilemmaInput = DilemmaInput.omit({ sessionId: true }).extend({
  sessionSlug: Slug,
});

/**
 * The two public forms. Neither answer carries anything stored: `requestLink` answers the
 * same for every address (the link goes by e-mail to eligible addresses only), and
 * `bringDilemma` returns a receipt, never the dilemma.
 */
export const formsRouter = router({
  requestLink: publicProcedure
    .input(RequestLinkInput)
    .mutation(({ ctx, input }) => requestMeetingLink(ctx, input)),
  bringDilemma: publicProcedure.input(BringDilemmaInput).mutation(({ ctx, input }) => {
    const { sessionSlug, ...dilemma } = input;
    return bringDilemma(ctx, sessionSlug, dilemma);
  }),
});
