import { randomUUID } from 'node:crypto';
import {
  findSessionBySlug,
  holdDilemmaUnconfirmed,
  insertDilemma,
  optInFollowUp,
} from '@jamsessie/db';
import { isOpenForDilemmas, mayNameClient, newDilemma, type DilemmaInput } from '@jamsessie/domain';
import type { Context } from '../context.js';
import { toTRPCError, unwrap } from '../errors.js';
import { enqueueMail } from '../mail/outbox.js';
import { confirmDilemmaMail } from '../mail/templates/participant.template.js';
import { issueParticipantLink } from '../participant/participant-links.js';
import { enforceRateLimits, rateLimitKey } from '../shared/rate-limit.js';

/** Limits on bringing in dilemmas: per client and (when given) per address. */
export const DILEMMA_LIMITS = {
  perClient: { limit: 10, windowMs: 60 * 60_000 },
  perAddress: { limit: 10, windowMs: 24 * 60 * 60_000 },
} as const;

/** What the form gets back: never the stored dilemma, only a receipt and the name hint. */
export type DilemmaReceipt = {
  status: 'received';
  /** A friendly Dutch hint when the text seems to name a client (the text is kept anyway). */
  clientNameHint: string | null;
};

/**
 * Stores a dilemma brought in before a session: rate-limited, only for a session that is
 * neither cancelled nor over, inventoried and private. Nothing from this unverified request
 * touches a person: with an e-mail address the dilemma is held *unconfirmed* (no owner, no
 * consent recorded, the chosen level kept aside) and a one-time confirmation link is mailed;
 * following it (`confirmDilemmaByLink`) attaches it and records the consent. Without an
 * address it stays anonymous, with the chosen level on the dilemma itself.
 *
 * @example await bringDilemma(ctx, 'jamsessie-7-april-2025', { text, followUpQuestions: [], ownerName: null, ownerEmail: null, consent: 'private' })
 */
export async function bringDilemma(
  ctx: Context,
  sessionSlug: string,
  input: Omit<DilemmaInput, 'sessionId'>,
): Promise<DilemmaReceipt> {
  const now = ctx.now();
  await enforceRateLimits(ctx.db, now, [
    { key: rateLimitKey('dilemma', 'client', ctx.clientKey), ...DILEMMA_LIMITS.perClient },
    ...(input.ownerEmail
      ? [{ key: rateLimitKey('dilemma', 'email', input.ownerEmail), ...DILEMMA_LIMITS.perAddress }]
      : []),
  ]);
  const session = await findSessionBySlug(ctx.db, sessionSlug);
  if (!session) {
    throw toTRPCError({
      code: 'SESSION.NOT_FOUND',
      message: 'Deze sessie staat niet (meer) in de agenda.',
    });
  }
  if (!isOpenForDilemmas(session, now.toISOString())) {
    throw toTRPCError({
      code: 'DILEMMA.SESSION_CLOSED',
      message: 'Voor deze sessie kun je geen vraag meer inbrengen: kies een volgende Jamsessie.',
    });
  }
  const email = input.ownerEmail;
  await ctx.db.transaction().execute(async (tx) => {
    const dilemma = newDilemma(
      // Until the address is confirmed the dilemma is private: the level waits aside.
      { ...input, sessionId: session.id, ...(email ? { consent: 'private' as const } : {}) },
      { id: randomUUID(), now: now.toISOString(), ownerId: null },
    );
    unwrap(await insertDilemma(tx, dilemma));
    if (!email) return;
    // Kept with the dilemma, not a person: it is mailed only to a confirmed owner.
    if (input.nadien) await optInFollowUp(tx, dilemma.id);
    await holdDilemmaUnconfirmed(tx, dilemma.id, email, input.consent);
    const { link, tokenHash } = await issueParticipantLink(ctx, tx, {
      purpose: 'confirm_dilemma',
      email,
      subjectId: dilemma.id,
    });
    await enqueueMail(tx, {
      to: email,
      ...confirmDilemmaMail(link, session.title),
      idempotencyKey: `confirm-dilemma:${tokenHash}`,
      notBefore: now,
      unfiltered: 'account mail',
      toPersonOf: ctx.baseUrl,
    });
  });
  if (email) ctx.mailer.wake();
  // The hint covers every word the owner wrote, follow-up questions included.
  const written = [input.text, ...input.followUpQuestions].join('\n');
  return { status: 'received', clientNameHint: mayNameClient(written).message };
}
