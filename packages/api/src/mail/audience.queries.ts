import { createHash } from 'node:crypto';
import type { DbOrTx } from '../context.js';

/** What subscriptions can point at (the db's `target_kind`). */
export type TargetKind = 'series' | 'movement' | 'theme' | 'week' | 'newsletter';

/** One address that should receive a message, through one of its subscriptions. */
export type AudienceMember = {
  subscriptionId: string;
  email: string;
  targetKind: TargetKind;
  targetId: string | null;
  /** Signs the unsubscribe link of this subscription (never leaves the server). */
  unsubscribeKey: string;
};

/** A group of targets: one kind, some ids (`null` for targets without id, such as the week). */
export type AudienceTarget = { kind: TargetKind; ids: readonly (string | null)[] };

/**
 * The confirmed subscribers of any of the targets, one entry per address: someone who
 * follows both a series and its theme gets one message, through the subscription of the
 * first target group listed (so list the most specific first). Unconfirmed subscriptions
 * never receive anything but their confirmation mail.
 *
 * @example await audienceOf(db, [{ kind: 'series', ids: [seriesId] }, { kind: 'theme', ids: themeIds }])
 */
export async function audienceOf(
  db: DbOrTx,
  targets: readonly AudienceTarget[],
): Promise<AudienceMember[]> {
  const wanted = targets.filter((t) => t.ids.length > 0);
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom('subscription')
    .select(['id', 'email', 'target_kind', 'target_id', 'unsubscribe_token_hash', 'created_at'])
    .where('confirmed_at', 'is not', null)
    .where((eb) =>
      eb.or(
        wanted.map((target) => {
          const ids = target.ids.filter((id): id is string => id !== null);
          const withId = ids.length > 0 ? [eb('target_id', 'in', ids)] : [];
          const withoutId = target.ids.includes(null) ? [eb('target_id', 'is', null)] : [];
          return eb.and([eb('target_kind', '=', target.kind), eb.or([...withId, ...withoutId])]);
        }),
      ),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const rank = (kind: string) => wanted.findIndex((t) => t.kind === kind);
  const byEmail = new Map<string, AudienceMember & { rank: number }>();
  for (const row of rows) {
    const member = {
      subscriptionId: row.id,
      email: row.email,
      targetKind: row.target_kind as TargetKind,
      targetId: row.target_id,
      unsubscribeKey: row.unsubscribe_token_hash,
      rank: rank(row.target_kind),
    };
    const seen = byEmail.get(row.email);
    if (!seen || member.rank < seen.rank) byEmail.set(row.email, member);
  }
  return [...byEmail.values()].map(({ rank: _rank, ...member }) => member);
}

/**
 * A short, stable stand-in for an address in idempotency keys, so keys say "once per
 * address" without spelling the address out.
 *
 * @example addressKey('iemand@zorg.example') // '6b1f…' (16 hex)
 */
export function addressKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 16);
}
