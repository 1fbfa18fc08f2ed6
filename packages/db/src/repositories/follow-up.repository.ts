import type { Executor } from './repository.helpers.js';

/** Records that a dilemma's owner asked for the follow-up (idempotent). */
export async function optInFollowUp(db: Executor, dilemmaId: string): Promise<void> {
  await db
    .insertInto('dilemma_follow_up')
    .values({ dilemma_id: dilemmaId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A follow-up that is due: the dilemma, its session and where the one mail goes. */
export type DueFollowUp = {
  dilemmaId: string;
  sessionTitle: string;
  sessionStartsAt: string;
  email: string;
};

/**
 * Claims the follow-ups due now, inside the caller's transaction: not mailed yet, for a
 * dilemma that was discussed, has a confirmed owner with an address, in a session that ended
 * at or before `endedBy`. The rows stay locked (`FOR UPDATE SKIP LOCKED`) until the caller
 * commits, so two processes never claim the same one.
 *
 * @example const due = await claimDueFollowUps(tx, { endedBy, limit: 50 });
 */
export async function claimDueFollowUps(
  db: Executor,
  options: { endedBy: string; limit: number },
): Promise<DueFollowUp[]> {
  const rows = await db
    .selectFrom('dilemma_follow_up as f')
    .innerJoin('dilemma as d', 'd.id', 'f.dilemma_id')
    .innerJoin('session as s', 's.id', 'd.session_id')
    .innerJoin('person as p', 'p.id', 'd.owner_id')
    .select(['f.dilemma_id', 's.title', 's.starts_at', 'p.email'])
    .where('f.mailed_at', 'is', null)
    .where('d.status', '=', 'discussed')
    .where('p.email', 'is not', null)
    .where('s.ends_at', '<=', options.endedBy)
    .orderBy('s.ends_at')
    .orderBy('f.dilemma_id')
    .limit(options.limit)
    .forUpdate('f')
    .skipLocked()
    .execute();
  return rows.flatMap((row) =>
    row.email
      ? [
          {
            dilemmaId: row.dilemma_id,
            sessionTitle: row.title,
            sessionStartsAt: row.starts_at,
            email: row.email,
          },
        ]
      : [],
  );
}

/** Marks a follow-up as mailed (in the transaction that queued its mail). */
export async function markFollowUpMailed(
  db: Executor,
  dilemmaId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('dilemma_follow_up')
    .set({ mailed_at: at })
    .where('dilemma_id', '=', dilemmaId)
    .execute();
}

/** A follow-up as its owner and the coordinators see it. */
export type FollowUp = {
  dilemmaId: string;
  mailedAt: string | null;
  answer: string | null;
  answeredAt: string | null;
  inReport: boolean;
};

/** The follow-ups of these dilemmas (opted in), by dilemma id. */
export async function listFollowUps(
  db: Executor,
  dilemmaIds: readonly string[],
): Promise<FollowUp[]> {
  if (dilemmaIds.length === 0) return [];
  const rows = await db
    .selectFrom('dilemma_follow_up')
    .selectAll()
    .where('dilemma_id', 'in', [...dilemmaIds])
    .execute();
  return rows.map((row) => ({
    dilemmaId: row.dilemma_id,
    mailedAt: row.mailed_at,
    answer: row.answer,
    answeredAt: row.answered_at,
    inReport: row.in_report,
  }));
}

/** Stores the owner's answer (only once the mail went out); returns whether it was stored. */
export async function saveFollowUpAnswer(
  db: Executor,
  input: { dilemmaId: string; answer: string; inReport: boolean; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('dilemma_follow_up')
    .set({ answer: input.answer, in_report: input.inReport, answered_at: input.at })
    .where('dilemma_id', '=', input.dilemmaId)
    .where('mailed_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The follow-ups of a session's dilemmas, with each dilemma's text, for the coordinators. */
export async function listFollowUpsOfSession(
  db: Executor,
  sessionId: string,
): Promise<(FollowUp & { dilemmaText: string })[]> {
  const rows = await db
    .selectFrom('dilemma_follow_up as f')
    .innerJoin('dilemma as d', 'd.id', 'f.dilemma_id')
    .selectAll('f')
    .select('d.text')
    .where('d.session_id', '=', sessionId)
    .orderBy('d.submitted_at')
    .execute();
  return rows.map((row) => ({
    dilemmaId: row.dilemma_id,
    dilemmaText: row.text,
    mailedAt: row.mailed_at,
    answer: row.answer,
    answeredAt: row.answered_at,
    inReport: row.in_report,
  }));
}
