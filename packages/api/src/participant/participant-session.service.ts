import type { Executor } from '@jamsessie/db';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  consumeParticipantToken,
  createParticipantSession,
  deleteParticipantSession,
  findActiveParticipantSession,
} from '@jamsessie/db';
import {
  CONSENT_LINK_INVALID,
  PARTICIPANT_LINK_INVALID,
  PARTICIPANT_SIGN_IN_ANSWER,
  participantSessionExpiry,
  type ParticipantLinkPurpose,
} from '@jamsessie/domain';
import type { Context, ParticipantUser } from '../context.js';
import { toTRPCError } from '../errors.js';
import { enqueueMail } from '../mail/outbox.js';
import { participantSignInMail } from '../mail/templates/participant.template.js';
import { enforceRateLimits, rateLimitKey, withinRateLimit } from '../shared/rate-limit.js';
import { hashSessionToken, newSessionToken } from '../auth/session-token.js';
import { issueParticipantLink } from './participant-links.js';

/**
 * Limits on sign-in requests: per client a refusal in Dutch (it tells the client only about
 * itself); per address no refusal at all (that would tell something about the address):
 * past the limit the answer stays the same and no mail goes out.
 */
export const PARTICIPANT_SIGN_IN_LIMITS = {
  perClient: { limit: 10, windowMs: 60 * 60_000 },
  perAddress: { limit: 3, windowMs: 60 * 60_000 },
} as const;

/** Every sign-in request takes at least this long, so timing does not tell what happened. */
export const PARTICIPANT_SIGN_IN_MIN_MS = 300;

/**
 * "Mail me a link to my page": for any address (known or not; the address is the identity,
 * there is no account) queues a mail with a one-time sign-in link, unless the address had
 * too many requests lately. Always the same answer after at least
 * {@link PARTICIPANT_SIGN_IN_MIN_MS}.
 *
 * @example await requestParticipantSignIn(ctx, { email: 'iemand@zorg.example' })
 */
export async function requestParticipantSignIn(
  ctx: Context,
  input: { email: string },
): Promise<typeof PARTICIPANT_SIGN_IN_ANSWER> {
  const started = performance.now();
  const now = ctx.now();
  await enforceRateLimits(ctx.db, now, [
    {
      key: rateLimitKey('participant-sign-in', 'client', ctx.clientKey),
      ...PARTICIPANT_SIGN_IN_LIMITS.perClient,
    },
  ]);
  const addressRule = {
    key: rateLimitKey('participant-sign-in', 'email', input.email),
    ...PARTICIPANT_SIGN_IN_LIMITS.perAddress,
  };
  if (await withinRateLimit(ctx.db, now, addressRule)) {
    await ctx.db.transaction().execute(async (tx) => {
      const { link, tokenHash } = await issueParticipantLink(ctx, tx, {
        purpose: 'sign_in',
        email: input.email,
        subjectId: null,
      });
      await enqueueMail(tx, {
        to: input.email,
        ...participantSignInMail(link),
        idempotencyKey: `participant-sign-in:${tokenHash}`,
        notBefore: now,
        unfiltered: 'account mail',
      });
    });
    ctx.mailer.wake();
  }
  const elapsed = performance.now() - started;
  if (elapsed < PARTICIPANT_SIGN_IN_MIN_MS) await sleep(PARTICIPANT_SIGN_IN_MIN_MS - elapsed);
  return PARTICIPANT_SIGN_IN_ANSWER;
}

/**
 * The Dutch refusal of a link that does not work (unknown, used, expired, other purpose); a
 * consent link's names its own validity.
 */
export function linkRefusal(purpose?: ParticipantLinkPurpose) {
  return toTRPCError({
    code: 'PARTICIPANT.LINK_INVALID',
    message: purpose === 'consent' ? CONSENT_LINK_INVALID : PARTICIPANT_LINK_INVALID,
  });
}

/**
 * Spends a one-time link of this purpose inside `tx`: the address it proves and its subject,
 * or a Dutch refusal ({@link PARTICIPANT_LINK_INVALID}) when it is unknown, used or expired.
 */
export async function spendParticipantLink(
  ctx: Context,
  tx: Executor,
  token: string,
  purpose: ParticipantLinkPurpose,
): Promise<{ email: string; subjectId: string | null }> {
  const proven = await consumeParticipantToken(
    tx,
    hashSessionToken(token),
    purpose,
    ctx.now().toISOString(),
  );
  if (!proven) throw linkRefusal(purpose);
  return proven;
}

/**
 * Opens the participant's page for a proven address: a new page session (hash stored, short
 * lived) inside `tx`, and its cookie set once the work is done.
 */
export async function startParticipantSession(
  ctx: Context,
  tx: Executor,
  email: string,
): Promise<{ email: string; expiresAt: string }> {
  const { token, tokenHash } = newSessionToken();
  const expiresAt = participantSessionExpiry(ctx.now());
  await createParticipantSession(tx, {
    id: randomUUID(),
    tokenHash,
    email,
    expiresAt: expiresAt.toISOString(),
  });
  ctx.participantCookies.setParticipantSession(token, expiresAt);
  return { email, expiresAt: expiresAt.toISOString() };
}

/**
 * Follows a sign-in link: spends it and opens the page.
 *
 * @example await signInWithParticipantLink(ctx, { token })
 */
export async function signInWithParticipantLink(
  ctx: Context,
  input: { token: string },
): Promise<{ email: string; expiresAt: string }> {
  return ctx.db.transaction().execute(async (tx) => {
    const { email } = await spendParticipantLink(ctx, tx, input.token, 'sign_in');
    return startParticipantSession(ctx, tx, email);
  });
}

/** Ends the caller's page session (if any) and clears its cookie. Always succeeds. */
export async function signOutParticipant(ctx: Context): Promise<void> {
  if (ctx.participantSessionToken) {
    await deleteParticipantSession(ctx.db, hashSessionToken(ctx.participantSessionToken));
  }
  ctx.participantCookies.clearParticipantSession();
}

/**
 * The participant behind a page-session token from their cookie, or null when it is unknown or
 * expired at `now`. The server calls this per request.
 *
 * @example const participant = await resolveParticipantFromToken(db, cookie, new Date());
 */
export async function resolveParticipantFromToken(
  db: Executor,
  token: string | null | undefined,
  now: Date,
): Promise<ParticipantUser | null> {
  if (!token || token.length > 200) return null;
  const found = await findActiveParticipantSession(db, hashSessionToken(token), now.toISOString());
  return found ? { email: found.email, sessionId: found.id } : null;
}
