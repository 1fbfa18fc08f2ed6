import type { Executor } from '@jamsessie/db';
import { insertParticipantToken } from '@jamsessie/db';
import {
  consentLinkExpiry,
  myDataLink,
  participantLinkExpiry,
  type ParticipantLinkPurpose,
} from '@jamsessie/domain';
import type { Context } from '../context.js';
import { newSessionToken } from '../auth/session-token.js';

/**
 * Makes a one-time link that proves `email` (32 random bytes; only the SHA-256 stored; valid
 * 30 minutes, a consent link 14 days; single use) and returns its absolute address and the token's hash (for an
 * idempotency key that holds no usable secret). Call it inside the transaction that queues the
 * mail.
 *
 * @example const { link } = await issueParticipantLink(ctx, tx, { purpose: 'sign_in', email, subjectId: null });
 */
export async function issueParticipantLink(
  ctx: Pick<Context, 'now' | 'baseUrl'>,
  tx: Executor,
  token: { purpose: ParticipantLinkPurpose; email: string; subjectId: string | null },
): Promise<{ link: string; tokenHash: string }> {
  const { token: secret, tokenHash } = newSessionToken();
  await insertParticipantToken(tx, {
    ...token,
    tokenHash,
    expiresAt: (token.purpose === 'consent' ? consentLinkExpiry : participantLinkExpiry)(
      ctx.now(),
    ).toISOString(),
  });
  return { link: myDataLink(ctx.baseUrl, token.purpose, secret), tokenHash };
}
