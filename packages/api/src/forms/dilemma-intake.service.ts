import { randomUUID } from 'node:crypto';
import {
  appendConsent,
  findOrCreatePerson,
  findSessionBySlug,
  insertDilemma,
  type Executor,
} from '@jamsessie/db';
import {
  ERASED_NAME,
  mayNameClient,
  newDilemma,
  type DilemmaInput,
  type Person,
  isOpenForDilemmas,
} from '@jamsessie/domain';
import type { Context } from '../context.js';
import { toTRPCError, unwrap } from '../errors.js';
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

async function ownerFor(
  tx: Executor,
  input: Pick<DilemmaInput, 'ownerEmail' | 'ownerName'>,
): Promise<Person | null> {
  if (!input.ownerEmail) return null;
  return unwrap(
    await findOrCreatePerson(tx, {
      id: randomUUID(),
      displayName: input.ownerName ?? ERASED_NAME,
      email: input.ownerEmail,
    }),
  );
}

/**
 * Stores a dilemma brought in before a session: rate-limited, only for a session that is
 * neither cancelled nor over, inventoried and private unless the owner chose otherwise. With
 * an e-mail address the owner becomes a person (found or created) and their consent level is
 * recorded in the consent history.
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
  await ctx.db.transaction().execute(async (tx) => {
    const owner = await ownerFor(tx, input);
    const dilemma = newDilemma(
      { ...input, sessionId: session.id },
      { id: randomUUID(), now: now.toISOString(), ownerId: owner?.id ?? null },
    );
    unwrap(await insertDilemma(tx, dilemma));
    if (owner) {
      await appendConsent(tx, {
        id: randomUUID(),
        personId: owner.id,
        subject: 'dilemma',
        subjectId: dilemma.id,
        level: dilemma.consent,
        at: now.toISOString(),
        by: null,
      });
    }
  });
  // The hint covers every word the owner wrote, follow-up questions included.
  const written = [input.text, ...input.followUpQuestions].join('\n');
  return { status: 'received', clientNameHint: mayNameClient(written).message };
}
