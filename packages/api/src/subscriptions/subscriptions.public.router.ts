import { SubscribeInput, SubscriptionTokenInput } from '@jamsessie/domain';
import { toTRPCError } from '../errors.js';
import {
  confirmSubscriptionToken,
  limitTokenUse,
  subscribe,
  unsubscribeWithToken,
} from './subscriptions.service.js';
import { publicProcedure, router } from '../trpc.js';

/**
 * Mail about a theme, a series or the inspiration week (`subscriptions.*`), public:
 * `subscribe` (double opt-in: the same answer for every address, only a confirmation mail
 * is sent), `confirm` (the link from that mail) and `unsubscribe` (the link in every mail;
 * always succeeds). All three are rate-limited per client. The server's pages behind the
 * links call the same services.
 */
export const subscriptionsRouter = router({
  subscribe: publicProcedure
    .input(SubscribeInput)
    .mutation(({ ctx, input }) => subscribe(ctx, input)),

  confirm: publicProcedure.input(SubscriptionTokenInput).mutation(async ({ ctx, input }) => {
    await limitTokenUse(ctx, 'confirm');
    const outcome = await confirmSubscriptionToken(ctx.db, input.token, ctx.now());
    if (outcome.status === 'invalid') {
      throw toTRPCError({
        code: 'SUBSCRIPTION.NOT_FOUND',
        message: 'Deze bevestigingslink is ongeldig of al gebruikt. Meld je gerust opnieuw aan.',
      });
    }
    return outcome;
  }),

  unsubscribe: publicProcedure.input(SubscriptionTokenInput).mutation(async ({ ctx, input }) => {
    await limitTokenUse(ctx, 'unsubscribe');
    return unsubscribeWithToken(ctx.db, input.token);
  }),
});
