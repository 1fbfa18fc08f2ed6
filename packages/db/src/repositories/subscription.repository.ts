import type { SubscriptionRow } from '../schema.js';
import type { Executor } from './repository.helpers.js';

/** What someone can follow by e-mail. `newsletter` and `week` need no target id. */
export type SubscriptionTargetKind = 'series' | 'movement' | 'theme' | 'week' | 'newsletter';

/** A subscription (token hashes stay in the database). */
export type Subscription = {
  readonly id: string;
  readonly email: string;
  readonly targetKind: SubscriptionTargetKind;
  readonly targetId: string | null;
  readonly confirmedAt: string | null;
  readonly createdAt: string;
};

/** Maps a `subscription` row to a Subscription. */
export function subscriptionFromRow(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    email: row.email,
    targetKind: row.target_kind as SubscriptionTargetKind,
    targetId: row.target_id,
    confirmedAt: row.confirmed_at,
    createdAt: row.created_at,
  };
}

/**
 * Registers an unconfirmed subscription (double opt-in). When the same address already
 * follows the same target: an unconfirmed one gets the new confirmation token (`pending`),
 * a confirmed one is left alone (`already_confirmed`, send no mail).
 */
export async function requestSubscription(
  db: Executor,
  s: {
    id: string;
    email: string;
    targetKind: SubscriptionTargetKind;
    targetId: string | null;
    confirmTokenHash: string;
    unsubscribeTokenHash: string;
  },
): Promise<{ status: 'pending' | 'already_confirmed'; subscription: Subscription }> {
  const email = s.email.trim().toLowerCase();
  const row = await db
    .insertInto('subscription')
    .values({
      id: s.id,
      email,
      target_kind: s.targetKind,
      target_id: s.targetId,
      confirm_token_hash: s.confirmTokenHash,
      unsubscribe_token_hash: s.unsubscribeTokenHash,
    })
    .onConflict((oc) =>
      oc
        .constraint('subscription_target_key')
        .doUpdateSet({ confirm_token_hash: s.confirmTokenHash })
        .where('subscription.confirmed_at', 'is', null),
    )
    .returningAll()
    .executeTakeFirst();
  if (row) return { status: 'pending', subscription: subscriptionFromRow(row) };
  const existing = await db
    .selectFrom('subscription')
    .selectAll()
    .where('email', '=', email)
    .where('target_kind', '=', s.targetKind)
    .where((eb) =>
      s.targetId === null ? eb('target_id', 'is', null) : eb('target_id', '=', s.targetId),
    )
    .executeTakeFirstOrThrow();
  return { status: 'already_confirmed', subscription: subscriptionFromRow(existing) };
}

/** Confirms the subscription behind a confirmation token hash (once); undefined when unknown. */
export async function confirmSubscription(
  db: Executor,
  confirmTokenHash: string,
  now: string,
): Promise<Subscription | undefined> {
  const row = await db
    .updateTable('subscription')
    .set({ confirmed_at: now, confirm_token_hash: null })
    .where('confirm_token_hash', '=', confirmTokenHash)
    .returningAll()
    .executeTakeFirst();
  return row && subscriptionFromRow(row);
}

/** Ends the subscription behind an unsubscribe token hash; false when unknown. */
export async function unsubscribe(db: Executor, unsubscribeTokenHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom('subscription')
    .where('unsubscribe_token_hash', '=', unsubscribeTokenHash)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Every subscription of an address, oldest first (for a data export). */
export async function listSubscriptionsOf(db: Executor, email: string): Promise<Subscription[]> {
  const rows = await db
    .selectFrom('subscription')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .orderBy('created_at')
    .execute();
  return rows.map(subscriptionFromRow);
}

/** Deletes every subscription of an address; returns how many. */
export async function deleteSubscriptionsOf(db: Executor, email: string): Promise<number> {
  const result = await db
    .deleteFrom('subscription')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** One address that should receive a message, through one of its subscriptions. */
export type AudienceMember = {
  subscriptionId: string;
  email: string;
  targetKind: SubscriptionTargetKind;
  targetId: string | null;
  /** Signs the unsubscribe link of this subscription (never leaves the server). */
  unsubscribeKey: string;
};

/** A group of targets: one kind, some ids (`null` for targets without id, such as the week). */
export type AudienceTarget = { kind: SubscriptionTargetKind; ids: readonly (string | null)[] };

/**
 * The confirmed subscribers of any of the targets, one entry per address: someone who
 * follows both a series and its theme gets one message, through the subscription of the
 * first target group listed (so list the most specific first). Unconfirmed subscriptions
 * never receive anything but their confirmation mail.
 *
 * @example await audienceOf(db, [{ kind: 'series', ids: [seriesId] }, { kind: 'theme', ids: themeIds }])
 */
export async function audienceOf(
  db: Executor,
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
      targetKind: row.target_kind as SubscriptionTargetKind,
      targetId: row.target_id,
      unsubscribeKey: row.unsubscribe_token_hash,
      rank: rank(row.target_kind),
    };
    const seen = byEmail.get(row.email);
    if (!seen || member.rank < seen.rank) byEmail.set(row.email, member);
  }
  return [...byEmail.values()].map(({ rank: _rank, ...member }) => member);
}

/** A subscription with the key its unsubscribe links are signed with. */
export type KeyedSubscription = {
  id: string;
  email: string;
  targetKind: string;
  targetId: string | null;
  confirmedAt: string | null;
  unsubscribeKey: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Reads a subscription with its unsubscribe key (server side only), or undefined; an id that
 * is no uuid (from a tampered link) is undefined without asking the database.
 *
 * @example const sub = await findKeyedSubscription(db, id); // sub?.unsubscribeKey signs its links
 */
export async function findKeyedSubscription(
  db: Executor,
  id: string,
): Promise<KeyedSubscription | undefined> {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom('subscription')
    .select(['id', 'email', 'target_kind', 'target_id', 'confirmed_at', 'unsubscribe_token_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      email: row.email,
      targetKind: row.target_kind,
      targetId: row.target_id,
      confirmedAt: row.confirmed_at,
      unsubscribeKey: row.unsubscribe_token_hash,
    }
  );
}

/**
 * Ends one subscription of an address (the person on their own page); false when this address
 * has no subscription with this id.
 */
export async function deleteSubscriptionOf(
  db: Executor,
  email: string,
  subscriptionId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('subscription')
    .where('id', '=', subscriptionId)
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
