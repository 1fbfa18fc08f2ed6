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

/** Confirmed subscribers of a target (for sending news), oldest first. */
export async function listConfirmedSubscriptions(
  db: Executor,
  target: { kind: SubscriptionTargetKind; id: string | null },
): Promise<Subscription[]> {
  const rows = await db
    .selectFrom('subscription')
    .selectAll()
    .where('target_kind', '=', target.kind)
    .where((eb) =>
      target.id === null ? eb('target_id', 'is', null) : eb('target_id', '=', target.id),
    )
    .where('confirmed_at', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(subscriptionFromRow);
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
