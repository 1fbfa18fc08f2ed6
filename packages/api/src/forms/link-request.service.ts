import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { findSeriesBySlug } from '@jamsessie/db';
import { meetingLinkForEligible, type Series, publicPaths, publicUrl } from '@jamsessie/domain';
import type { Context } from '../context.js';
import { toTRPCError } from '../errors.js';
import { enqueueMail } from '../mail/outbox.js';
import { linkEligibilityContext } from '../shared/link-eligibility.js';
import { enforceRateLimits, rateLimitKey } from '../shared/rate-limit.js';

/** The one answer to every accepted link request, eligible or not. */
export const LINK_REQUEST_ANSWER = { status: 'received' } as const;

/**
 * Every link request takes at least this long, so the response time does not reveal whether
 * the eligible path (which also writes the outbox row) was taken.
 */
export const LINK_REQUEST_MIN_MS = 300;

/** Limits: per client (stops scanning many addresses) and per address (stops mail bombing). */
export const LINK_REQUEST_LIMITS = {
  perClient: { limit: 10, windowMs: 60 * 60_000 },
  perAddress: { limit: 3, windowMs: 24 * 60 * 60_000 },
} as const;

function linkMail(series: Series, link: string, baseUrl: string) {
  const agenda = publicUrl(baseUrl, publicPaths.seriesAgenda(series.slug));
  return {
    subject: `Je link voor ${series.title}`,
    text: [
      'Hallo,',
      '',
      `Je vroeg de link voor ${series.title}. Met deze link doe je mee aan alle online sessies van de reeks:`,
      '',
      link,
      '',
      `De data en thema's vind je in de agenda: ${agenda}`,
      '',
      'Je mag de link doorsturen aan collega’s van je organisatie; aanmelden is niet nodig.',
      'Zet hem niet op een openbare website.',
      '',
      'Tot bij een van de Jamsessies!',
      'De coördinatoren van Radicale vernieuwing',
      '',
      'Heb je deze link niet aangevraagd? Dan kun je deze e-mail negeren.',
    ].join('\n'),
  };
}

/**
 * Handles "mail me the link": rate-limits, decides eligibility with the domain rule, and only
 * for an eligible address puts one mail (idempotent per address, series and day) in the
 * outbox. Always returns {@link LINK_REQUEST_ANSWER} after at least
 * {@link LINK_REQUEST_MIN_MS}, doing the same reads for every address, so neither the answer
 * nor its timing tells whether an address is eligible. The link itself is never returned.
 *
 * @example await requestMeetingLink(ctx, { email: 'iemand@zorggroep.nl', seriesSlug: 'jamsessies-vvlg-2025' })
 */
export async function requestMeetingLink(
  ctx: Context,
  input: { email: string; seriesSlug: string },
): Promise<typeof LINK_REQUEST_ANSWER> {
  const started = performance.now();
  const now = ctx.now();
  await enforceRateLimits(ctx.db, now, [
    { key: rateLimitKey('link', 'client', ctx.clientKey), ...LINK_REQUEST_LIMITS.perClient },
    { key: rateLimitKey('link', 'email', input.email), ...LINK_REQUEST_LIMITS.perAddress },
  ]);
  const series = await findSeriesBySlug(ctx.db, input.seriesSlug);
  if (!series) {
    throw toTRPCError({ code: 'SERIES.NOT_FOUND', message: 'Deze reeks bestaat niet.' });
  }
  const eligibility = await linkEligibilityContext(ctx.db, input.email, now);
  const today = eligibility.onDate;
  const link = meetingLinkForEligible(input.email, series, eligibility);
  if (link.ok) {
    const addressKey = createHash('sha256').update(input.email).digest('hex').slice(0, 32);
    const { queued } = await enqueueMail(ctx.db, {
      to: input.email,
      ...linkMail(series, link.value, ctx.baseUrl),
      idempotencyKey: `meeting-link:${series.id}:${addressKey}:${today}`,
      notBefore: now,
      unfiltered: 'meeting link for an eligible address',
      toPersonOf: ctx.baseUrl,
    });
    if (queued) ctx.mailer.wake();
  }
  const elapsed = performance.now() - started;
  if (elapsed < LINK_REQUEST_MIN_MS) await sleep(LINK_REQUEST_MIN_MS - elapsed);
  return LINK_REQUEST_ANSWER;
}
