import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  confirmSubscription,
  findKeyedSubscription,
  requestSubscription,
  unsubscribe,
  type Executor,
} from '@jamsessie/db';
import type { Context, Db } from '../context.js';
import { toTRPCError } from '../errors.js';
import { enforceRateLimits, rateLimitKey } from '../shared/rate-limit.js';
import { enqueueMail } from '../mail/outbox.js';
import type { SubscribeInput } from '@jamsessie/domain';
import { describeStoredTarget, resolveTarget } from './subscription-targets.js';
import {
  confirmUrl,
  hashToken,
  newSubscriptionSecrets,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from './subscription-tokens.js';
import {
  alreadySubscribedMail,
  confirmationMail,
} from '../mail/templates/subscription.template.js';

/** The one answer to every accepted sign-up, whether the address was known or not. */
export const SUBSCRIBE_ANSWER = { status: 'check_your_mail' } as const;

/** Every sign-up takes at least this long, so timing does not tell known from new addresses. */
export const SUBSCRIBE_MIN_MS = 300;

/** Sign-ups per client (stops scanning) and per address (stops mail bombing). */
export const SUBSCRIBE_LIMITS = {
  perClient: { limit: 10, windowMs: 60 * 60_000 },
  perAddress: { limit: 3, windowMs: 24 * 60 * 60_000 },
  /** Confirm and unsubscribe: tokens are unguessable, this only stops hammering. */
  perClientTokens: { limit: 60, windowMs: 60 * 60_000 },
} as const;

/**
 * Signs an address up for news about a theme, a series or the inspiration week, with double
 * opt-in: only a confirmation mail is queued (a new link each time it is asked, within the
 * rate limits); an address that is already confirmed gets a short "you already are" mail
 * instead. The answer and its timing are the same either way.
 *
 * @example await subscribe(ctx, { email: 'iemand@zorg.example', target: { kind: 'theme', slug: 'open-deuren' } })
 */
export async function subscribe(
  ctx: Context,
  input: SubscribeInput,
): Promise<typeof SUBSCRIBE_ANSWER> {
  const started = performance.now();
  const now = ctx.now();
  await enforceRateLimits(ctx.db, now, [
    { key: rateLimitKey('subscribe', 'client', ctx.clientKey), ...SUBSCRIBE_LIMITS.perClient },
    { key: rateLimitKey('subscribe', 'email', input.email), ...SUBSCRIBE_LIMITS.perAddress },
  ]);
  const target = await resolveTarget(ctx.db, input.target);
  if (!target) {
    throw toTRPCError({
      code: 'SUBSCRIPTION_TARGET.NOT_FOUND',
      message: 'Dit thema of deze reeks bestaat niet (meer).',
    });
  }
  const secrets = newSubscriptionSecrets();
  const queued = await ctx.db.transaction().execute(async (tx) => {
    const result = await requestSubscription(tx, {
      id: randomUUID(),
      email: input.email,
      targetKind: target.kind,
      targetId: target.id,
      confirmTokenHash: secrets.confirmTokenHash,
      unsubscribeTokenHash: secrets.unsubscribeKey,
    });
    const keyed = await findKeyedSubscription(tx, result.subscription.id);
    if (!keyed) return false;
    const leave = unsubscribeUrl(ctx.baseUrl, keyed.id, keyed.unsubscribeKey);
    const mail =
      result.status === 'pending'
        ? {
            ...confirmationMail(
              target.description,
              confirmUrl(ctx.baseUrl, secrets.confirmToken),
              leave,
            ),
            idempotencyKey: `subscription-confirm:${keyed.id}:${secrets.confirmTokenHash.slice(0, 16)}`,
          }
        : {
            ...alreadySubscribedMail(target.description, leave),
            idempotencyKey: `subscription-known:${keyed.id}:${now.toISOString().slice(0, 10)}`,
          };
    return (
      await enqueueMail(tx, {
        to: keyed.email,
        ...mail,
        notBefore: now,
        unsubscribeUrl: leave,
        toPersonOf: ctx.baseUrl,
      })
    ).queued;
  });
  if (queued) ctx.mailer.wake();
  const elapsed = performance.now() - started;
  if (elapsed < SUBSCRIBE_MIN_MS) await sleep(SUBSCRIBE_MIN_MS - elapsed);
  return SUBSCRIBE_ANSWER;
}

/** The outcome of following a confirmation link. */
export type ConfirmOutcome = { status: 'confirmed'; what: string } | { status: 'invalid' };

/**
 * Confirms the subscription behind a confirmation token (once: the token is spent). Returns
 * what the address now follows, or `invalid` for an unknown or spent token.
 *
 * @example await confirmSubscriptionToken(db, token, new Date()) // { status: 'confirmed', what: 'het thema ‘Open deuren’' }
 */
export async function confirmSubscriptionToken(
  db: Db,
  token: string,
  now: Date,
): Promise<ConfirmOutcome> {
  if (token.length === 0 || token.length > 200) return { status: 'invalid' };
  const confirmed = await confirmSubscription(db, hashToken(token), now.toISOString());
  if (!confirmed) return { status: 'invalid' };
  const target = await describeStoredTarget(db, confirmed.targetKind, confirmed.targetId);
  return { status: 'confirmed', what: target.phrase };
}

/**
 * Ends the subscription an unsubscribe token belongs to. Always answers `unsubscribed`, also
 * for a token that was already used or never existed: leaving must be one click, and the
 * answer must not tell anyone whether an address was subscribed.
 *
 * @example await unsubscribeWithToken(db, token) // { status: 'unsubscribed' }
 */
export async function unsubscribeWithToken(
  db: Executor,
  token: string,
): Promise<{ status: 'unsubscribed' }> {
  const subscription = token.length <= 200 ? await verifyUnsubscribeToken(db, token) : undefined;
  if (subscription) await unsubscribe(db, subscription.unsubscribeKey);
  return { status: 'unsubscribed' };
}

/** Counts a confirm or unsubscribe attempt against the client's limit. */
export async function limitTokenUse(
  ctx: Context,
  action: 'confirm' | 'unsubscribe',
): Promise<void> {
  await enforceRateLimits(ctx.db, ctx.now(), [
    {
      key: rateLimitKey(`subscription-${action}`, 'client', ctx.clientKey),
      ...SUBSCRIBE_LIMITS.perClientTokens,
    },
  ]);
}
