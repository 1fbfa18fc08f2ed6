import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { findKeyedSubscription, type Executor, type KeyedSubscription } from '@jamsessie/db';
import { subscriptionPaths, publicUrl } from '@jamsessie/domain';

/**
 * SHA-256 of a token, as stored: a database dump never holds a usable confirmation token.
 *
 * @example hashToken('abc') // 'ba7816bf…'
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A new subscription's secrets: the confirmation token (mailed once, stored hashed) and the
 * subscription's unsubscribe key. The key is the hash of 32 random bytes nobody keeps: it
 * never leaves the database and signs the unsubscribe links of every later mail.
 *
 * @example const { confirmToken, confirmTokenHash, unsubscribeKey } = newSubscriptionSecrets();
 */
export function newSubscriptionSecrets(): {
  confirmToken: string;
  confirmTokenHash: string;
  unsubscribeKey: string;
} {
  const confirmToken = randomBytes(32).toString('base64url');
  return {
    confirmToken,
    confirmTokenHash: hashToken(confirmToken),
    unsubscribeKey: hashToken(randomBytes(32).toString('base64url')),
  };
}

function signature(subscriptionId: string, unsubscribeKey: string): string {
  return createHmac('sha256', unsubscribeKey)
    .update(`unsubscribe:${subscriptionId}`)
    .digest('base64url');
}

/**
 * The unsubscribe token of a subscription: its id and an HMAC under the subscription's key.
 * The same token in every mail (so an old mail still unsubscribes), unforgeable without the
 * database, and worthless once the subscription is gone.
 *
 * @example unsubscribeToken(sub.id, key) // '3f0c…-….Q2x5…'
 */
export function unsubscribeToken(subscriptionId: string, unsubscribeKey: string): string {
  return `${subscriptionId}.${signature(subscriptionId, unsubscribeKey)}`;
}

/**
 * The absolute link to the unsubscribe page for a subscription.
 *
 * @example unsubscribeUrl('https://jamsessie.example', sub.id, key) // 'https://jamsessie.example/abonnement/afmelden?token=…'
 */
export function unsubscribeUrl(baseUrl: string, subscriptionId: string, key: string): string {
  const token = encodeURIComponent(unsubscribeToken(subscriptionId, key));
  return `${publicUrl(baseUrl, subscriptionPaths.unsubscribe)}?token=${token}`;
}

/** The absolute link that confirms a subscription (double opt-in). */
export function confirmUrl(baseUrl: string, confirmToken: string): string {
  return `${publicUrl(baseUrl, subscriptionPaths.confirm)}?token=${encodeURIComponent(confirmToken)}`;
}

/**
 * The subscription an unsubscribe token belongs to, when its signature is right; undefined
 * for anything else (malformed, forged, already unsubscribed), compared in constant time.
 *
 * @example const sub = await verifyUnsubscribeToken(db, token); if (sub) await unsubscribe(db, sub.unsubscribeKey);
 */
export async function verifyUnsubscribeToken(
  db: Executor,
  token: string,
): Promise<KeyedSubscription | undefined> {
  const [id, mac, extra] = token.trim().split('.');
  if (!id || !mac || extra !== undefined || mac.length > 64) return undefined;
  const subscription = await findKeyedSubscription(db, id.toLowerCase());
  if (!subscription) return undefined;
  const expected = Buffer.from(signature(subscription.id, subscription.unsubscribeKey));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? subscription
    : undefined;
}
