import {
  deletePersonalFeed,
  findPersonalFeedEmail,
  findPersonalFeedOf,
  findSeriesById,
  findSessionById,
  replacePersonalFeed,
  type Executor,
} from '@jamsessie/db';
import {
  feedPaths,
  isLinkWindowOpen,
  linkLeadDays,
  personalMeetingLink,
  publicUrl,
  type EligibilityContext,
  type HttpsUrl,
  type PublicSession,
  type Series,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context, ParticipantUser } from '../context.js';
import { hashSessionToken, newSessionToken } from '../auth/session-token.js';
import { linkEligibilityContext } from '../shared/link-eligibility.js';

/** What the page shows of the participant's own calendar: whether it exists, since when. */
export type MyPersonalFeed = { active: boolean; since: string | null };

/** Whether the participant has a personal calendar address, and since when (never the token). */
export async function myPersonalFeed(db: Executor, email: string): Promise<MyPersonalFeed> {
  const feed = await findPersonalFeedOf(db, email);
  return { active: feed !== undefined, since: feed?.createdAt ?? null };
}

/**
 * Makes (or renews) the participant's personal calendar address: a fresh 256-bit token of
 * which only the hash is stored; any earlier address stops working. The address is shown
 * this once, on the participant's own page.
 *
 * @example const { url } = await renewMyPersonalFeed(ctx, ctx.participant);
 */
export async function renewMyPersonalFeed(
  ctx: Context,
  participant: ParticipantUser,
): Promise<{ url: string; since: string }> {
  const { token, tokenHash } = newSessionToken();
  return ctx.db.transaction().execute(async (tx) => {
    const { createdAt } = await replacePersonalFeed(tx, { email: participant.email, tokenHash });
    await audit(ctx, tx, {
      action: 'personal_feed.renew',
      entity: 'personal_feed',
      entityId: null,
    });
    return { url: publicUrl(ctx.baseUrl, feedPaths.personal(token)), since: createdAt };
  });
}

/** Ends the participant's personal calendar address: it answers 404 from now on. */
export async function revokeMyPersonalFeed(
  ctx: Context,
  participant: ParticipantUser,
): Promise<MyPersonalFeed> {
  return ctx.db.transaction().execute(async (tx) => {
    if (await deletePersonalFeed(tx, participant.email)) {
      await audit(ctx, tx, {
        action: 'personal_feed.revoke',
        entity: 'personal_feed',
        entityId: null,
      });
    }
    return { active: false, since: null };
  });
}

/**
 * The address a personal feed token belongs to, or undefined for an unknown (or revoked)
 * token. PRIVATE: for the personal feed route only.
 */
export async function personalFeedOwner(db: Executor, token: string): Promise<string | undefined> {
  return findPersonalFeedEmail(db, hashSessionToken(token));
}

/**
 * The meeting links one person's calendar shows at `now`, by session id: only sessions whose
 * link window is open (cheap, from the public times) are looked at further, then the domain's
 * `personalMeetingLink` decides with the same eligibility rule as the link request form.
 * PRIVATE: for that person's feed only.
 *
 * @example const links = await personalMeetingLinks(db, email, sessions, now);
 */
export async function personalMeetingLinks(
  db: Executor,
  email: string,
  sessions: readonly PublicSession[],
  now: Date,
): Promise<Map<string, HttpsUrl>> {
  const links = new Map<string, HttpsUrl>();
  const at = now.toISOString();
  const seriesById = new Map<string, Series | undefined>();
  const seriesOf = async (id: string) => {
    if (!seriesById.has(id)) seriesById.set(id, await findSeriesById(db, id));
    return seriesById.get(id);
  };
  let eligibility: EligibilityContext | undefined;
  for (const publicSession of sessions) {
    if (!publicSession.seriesId || !publicSession.linkOnRequest) continue;
    const series = await seriesOf(publicSession.seriesId);
    if (!series || !isLinkWindowOpen(publicSession, linkLeadDays(series), at)) continue;
    const session = await findSessionById(db, publicSession.id);
    if (!session) continue;
    eligibility ??= await linkEligibilityContext(db, email, now);
    const link = personalMeetingLink({ email, session, series, eligibility, now: at });
    if (link) links.set(session.id, link);
  }
  return links;
}
