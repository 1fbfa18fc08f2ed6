import { claimDueFollowUps, markFollowUpMailed } from '@jamsessie/db';
import { followUpSessionsEndedBy, formatDate, publicPaths, publicUrl } from '@jamsessie/domain';
import type { Db } from '../context.js';
import { enqueueMail } from '../mail/outbox.js';
import { followUpMail } from '../mail/templates/follow-up.template.js';

/** Follow-ups one run queues at most (the next run takes the rest). */
const BATCH = 50;

/** Options of {@link runFollowUpJob}. */
export type FollowUpJobOptions = { db: Db; now: Date; baseUrl: string };

/**
 * One run of the follow-up job ("Nadien"): for every opted-in dilemma discussed in a session
 * that ended `FOLLOW_UP_WEEKS` weeks ago or more, queues the one mail to its confirmed owner
 * and marks it mailed, in one transaction per batch. Restart-safe and safe in several
 * processes: the rows are claimed `FOR UPDATE SKIP LOCKED`, marked in the transaction that
 * queues the mail, and the mail's idempotency key (`follow-up:<dilemma>`) refuses a second
 * copy even if a mark were lost. Returns how many mails it queued.
 *
 * @example await runFollowUpJob({ db, now: new Date(), baseUrl: env.baseUrl }) // { queued: 1 }
 */
export async function runFollowUpJob(options: FollowUpJobOptions): Promise<{ queued: number }> {
  const { db, now, baseUrl } = options;
  const endedBy = followUpSessionsEndedBy(now.toISOString());
  const pageUrl = publicUrl(baseUrl, publicPaths.myData());
  let queued = 0;
  for (;;) {
    const claimed = await db.transaction().execute(async (tx) => {
      const due = await claimDueFollowUps(tx, { endedBy, limit: BATCH });
      for (const followUp of due) {
        const mail = followUpMail(
          followUp.sessionTitle,
          formatDate(followUp.sessionStartsAt),
          pageUrl,
        );
        const result = await enqueueMail(tx, {
          to: followUp.email,
          ...mail,
          idempotencyKey: `follow-up:${followUp.dilemmaId}`,
          notBefore: now,
          toPersonOf: baseUrl,
        });
        if (result.queued) queued += 1;
        await markFollowUpMailed(tx, followUp.dilemmaId, now.toISOString());
      }
      return due.length;
    });
    if (claimed < BATCH) return { queued };
  }
}
