import {
  findDilemmaById,
  findPersonByEmail,
  findSessionById,
  listDilemmasOfOwner,
  listFollowUps,
  saveFollowUpAnswer,
  type Executor,
} from '@jamsessie/db';
import type { FollowUpAnswer } from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context, ParticipantUser } from '../context.js';
import { toTRPCError } from '../errors.js';

/** The Dutch refusal for answering a follow-up that is not (yet) the participant's to answer. */
export const NO_FOLLOW_UP =
  'Voor deze vraag is (nog) geen mail na afloop verstuurd, of de vraag staat niet op jouw naam.';

/** One follow-up on the participant's page: their dilemma, its session, their answer. */
export type MyFollowUp = {
  dilemmaId: string;
  dilemmaText: string;
  sessionTitle: string;
  sessionStartsAt: string;
  answer: string | null;
  inReport: boolean;
};

/**
 * The participant's follow-ups whose mail went out ("Nadien"), with their answer so far.
 *
 * @example await listMyFollowUps(db, participant.email)
 */
export async function listMyFollowUps(db: Executor, email: string): Promise<MyFollowUp[]> {
  const person = await findPersonByEmail(db, email);
  if (!person) return [];
  const dilemmas = await listDilemmasOfOwner(db, person.id);
  const followUps = (
    await listFollowUps(
      db,
      dilemmas.map((d) => d.id),
    )
  ).filter((f) => f.mailedAt !== null);
  const mine: MyFollowUp[] = [];
  for (const followUp of followUps) {
    const dilemma = dilemmas.find((d) => d.id === followUp.dilemmaId);
    const session = dilemma ? await findSessionById(db, dilemma.sessionId) : undefined;
    if (!dilemma || !session) continue;
    mine.push({
      dilemmaId: dilemma.id,
      dilemmaText: dilemma.text,
      sessionTitle: session.title,
      sessionStartsAt: session.startsAt,
      answer: followUp.answer,
      inReport: followUp.inReport,
    });
  }
  return mine;
}

/**
 * The owner answers "Wat heb je met de tips gedaan?" (again, if they like): kept for the
 * coordinators, and added to the report as *Nadien* only when `inReport`.
 *
 * @example await answerMyFollowUp(ctx, ctx.participant, { dilemmaId, answer: '…', inReport: false })
 */
export async function answerMyFollowUp(
  ctx: Context,
  participant: ParticipantUser,
  input: FollowUpAnswer & { dilemmaId: string },
): Promise<{ ok: true }> {
  return ctx.db.transaction().execute(async (tx) => {
    const person = await findPersonByEmail(tx, participant.email);
    const dilemma = await findDilemmaById(tx, input.dilemmaId);
    const stored =
      person !== undefined &&
      dilemma?.ownerId === person.id &&
      (await saveFollowUpAnswer(tx, { ...input, at: ctx.now().toISOString() }));
    if (!stored) throw toTRPCError({ code: 'DILEMMA.NOT_FOUND', message: NO_FOLLOW_UP });
    await audit(ctx, tx, {
      action: 'follow_up.answer_by_owner',
      entity: 'dilemma',
      entityId: input.dilemmaId,
      details: { inReport: input.inReport },
    });
    return { ok: true as const };
  });
}
