import { DilemmaInput, Slug } from '@jamsessie/domain';
import { z } from 'zod';
import { BoundedEmail, MAX_EMAIL_LENGTH } from '../shared/bounded-email.js';
import { bringDilemma } from '../forms/dilemma-intake.service.js';
import { requestMeetingLink } from '../forms/link-request.service.js';
import { publicProcedure, router } from '../trpc.js';

const RequestLinkInput = z.object({ email: BoundedEmail, seriesSlug: Slug });

// The domain's owner e-mail field, with the length bound in front (see BoundedEmail).
const OwnerEmail = z
  .string({ error: 'Vul een e-mailadres in.' })
  .max(MAX_EMAIL_LENGTH, { error: `Een e-mailadres is hoogstens ${MAX_EMAIL_LENGTH} tekens.` })
  .nullish()
  .pipe(DilemmaInput.shape.ownerEmail);

const BringDilemmaInput = DilemmaInput.omit({ sessionId: true }).extend({
  sessionSlug: Slug,
  ownerEmail: OwnerEmail,
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
