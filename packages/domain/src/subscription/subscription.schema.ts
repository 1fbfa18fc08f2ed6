import { z } from 'zod';
import { Email, Id, Slug } from '../shared/index.js';

/**
 * What a visitor can follow by e-mail: a theme or a series (by its public slug), or the
 * Week van de Radicale vernieuwing (every edition).
 *
 * @example SubscriptionTarget.parse({ kind: 'theme', slug: 'open-deuren' })
 */
export const SubscriptionTarget = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('theme'), slug: Slug }),
    z.object({ kind: z.literal('series'), slug: Slug }),
    z.object({ kind: z.literal('week') }),
  ],
  { error: 'Kies een thema, een reeks of de inspiratieweek.' },
);
/** A subscription target as the public form names it. */
export type SubscriptionTarget = z.infer<typeof SubscriptionTarget>;

/** The kinds of {@link SubscriptionTarget}. */
export type SubscriptionTargetKind = SubscriptionTarget['kind'];

/**
 * A sign-up for news by e-mail (double opt-in: only a confirmation mail follows).
 *
 * @example SubscribeInput.parse({ email: 'iemand@zorg.example', target: { kind: 'week' } })
 */
export const SubscribeInput = z.object({ email: Email, target: SubscriptionTarget });
/** A sign-up. */
export type SubscribeInput = z.infer<typeof SubscribeInput>;

/**
 * The token of a confirmation or unsubscribe link, as copied from a message: bounded, so a
 * pasted text of any size is refused before it reaches the database.
 *
 * @example SubscriptionToken.parse(' abc ') // 'abc'
 */
export const SubscriptionToken = z
  .string({ error: 'Deze link is onvolledig.' })
  .trim()
  .min(1, { error: 'Deze link is onvolledig.' })
  .max(200, { error: 'Deze link is ongeldig.' });

/**
 * The input of following a confirmation or unsubscribe link.
 *
 * @example SubscriptionTokenInput.parse({ token: 'Zk3…' })
 */
export const SubscriptionTokenInput = z.object({ token: SubscriptionToken });
/** A link's token. */
export type SubscriptionTokenInput = z.infer<typeof SubscriptionTokenInput>;

/**
 * What a coordinator announces to the subscribers: a new series (to the followers of its
 * themes and movement) or a new edition of the inspiration week.
 *
 * @example AnnouncementInput.parse({ kind: 'edition', editionId })
 */
export const AnnouncementInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('series'), seriesId: Id }),
    z.object({ kind: z.literal('edition'), editionId: Id }),
  ],
  { error: 'Kies een reeks of een editie om aan te kondigen.' },
);
/** An announcement to send. */
export type AnnouncementInput = z.infer<typeof AnnouncementInput>;
