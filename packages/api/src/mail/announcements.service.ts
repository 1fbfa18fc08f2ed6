import {
  findSeriesById,
  listActionTeams,
  listAgenda,
  listWeekEditions,
  audienceOf,
  type AudienceMember,
  type AudienceTarget,
} from '@jamsessie/db';
import {
  describeRecurrence,
  formatDateRange,
  formatSessionTime,
  toPublicSeries,
  publicPaths,
  publicUrl,
} from '@jamsessie/domain';
import type { AnnouncementInput } from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { toTRPCError } from '../errors.js';
import { addressKey } from './address-key.js';
import { enqueueMail } from './outbox.js';
import { describeStoredTarget } from '../subscriptions/subscription-targets.js';
import { unsubscribeUrl } from '../subscriptions/subscription-tokens.js';
import type { MailContent } from './templates/mail-footer.template.js';
import {
  editionAnnouncementMail,
  seriesAnnouncementMail,
} from './templates/announcement.template.js';
import type { Recipient } from './templates/session-notice.template.js';

/** What to announce: a new series or a new edition of the inspiration week. */
export type Announcement = AnnouncementInput;

/** How many of the first dates a series announcement lists. */
const FIRST_DATES = 4;

type Prepared = {
  key: string;
  targets: AudienceTarget[];
  compose: (recipient: Recipient) => MailContent;
};

async function prepare(ctx: Context, announcement: Announcement): Promise<Prepared> {
  if (announcement.kind === 'series') {
    const series = await findSeriesById(ctx.db, announcement.seriesId);
    if (!series)
      throw toTRPCError({ code: 'SERIES.NOT_FOUND', message: 'Deze reeks bestaat niet (meer).' });
    const team = (await listActionTeams(ctx.db)).find((t) => t.id === series.actionTeamId);
    const now = ctx.now().toISOString();
    const first = await listAgenda(
      ctx.db,
      { now, direction: 'upcoming', seriesSlug: series.slug, statuses: ['planned'] },
      { limit: FIRST_DATES },
    );
    const published = toPublicSeries(series);
    const facts = {
      title: published.title,
      description: published.description,
      recurrence: describeRecurrence(series.recurrence),
      firstDates: first.map((s) => formatSessionTime(s.startsAt, s.endsAt)),
      pageUrl: publicUrl(ctx.baseUrl, publicPaths.seriesAgenda(series.slug)),
      linkOnRequest: published.linkOnRequest,
    };
    return {
      key: `announce:series:${series.id}`,
      targets: [
        { kind: 'theme', ids: [...new Set(series.themeRotation)] },
        { kind: 'movement', ids: team ? [team.movementId] : [] },
      ],
      compose: (recipient) => seriesAnnouncementMail(facts, recipient),
    };
  }
  const edition = (await listWeekEditions(ctx.db)).find((e) => e.id === announcement.editionId);
  if (!edition) {
    throw toTRPCError({ code: 'WEEK.NOT_FOUND', message: 'Deze editie bestaat niet (meer).' });
  }
  const facts = {
    title: edition.title,
    motto: edition.motto,
    dates: formatDateRange(edition.startsOn, edition.endsOn),
    location: edition.location,
    pageUrl: publicUrl(ctx.baseUrl, publicPaths.weekEdition(edition.slug)),
  };
  return {
    key: `announce:edition:${edition.id}`,
    targets: [{ kind: 'week', ids: [null, edition.id] }],
    compose: (recipient) => editionAnnouncementMail(facts, recipient),
  };
}

/**
 * Announces a new series (to the followers of its themes and its movement) or a new edition
 * of the inspiration week (to the followers of the week), through the outbox: one message per
 * address, never twice for the same announcement (a second call queues nothing).
 *
 * @example await announce(ctx, { kind: 'edition', editionId }) // { queued: 12, alreadySent: 0 }
 */
export async function announce(
  ctx: Context,
  announcement: Announcement,
): Promise<{ queued: number; alreadySent: number }> {
  const prepared = await prepare(ctx, announcement);
  const result = await ctx.db.transaction().execute(async (tx) => {
    const members: AudienceMember[] = await audienceOf(tx, prepared.targets);
    const outcome = { queued: 0, alreadySent: 0 };
    for (const member of members) {
      const recipient = {
        target: await describeStoredTarget(tx, member.targetKind, member.targetId),
        unsubscribeLink: unsubscribeUrl(ctx.baseUrl, member.subscriptionId, member.unsubscribeKey),
      };
      const { queued } = await enqueueMail(tx, {
        to: member.email,
        ...prepared.compose(recipient),
        unsubscribeUrl: recipient.unsubscribeLink,
        idempotencyKey: `${prepared.key}:${addressKey(member.email)}`,
        notBefore: ctx.now(),
        toPersonOf: ctx.baseUrl,
      });
      if (queued) outcome.queued += 1;
      else outcome.alreadySent += 1;
    }
    await audit(ctx, tx, {
      action: 'announcement.send',
      entity: announcement.kind === 'series' ? 'series' : 'week_edition',
      entityId: announcement.kind === 'series' ? announcement.seriesId : announcement.editionId,
      details: outcome,
    });
    return outcome;
  });
  if (result.queued > 0) ctx.mailer.wake();
  return result;
}
