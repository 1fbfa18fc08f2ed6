import { hashSessionToken, type Db } from '@jamsessie/api';
import { replacePersonalFeed } from '@jamsessie/db';
import { feedPaths } from '@jamsessie/domain';
import { PARTICIPANT_EMAIL } from './participant-session.testing.js';

/** An address of no participating organisation: its own feed never carries a link. */
export const OUTSIDER_EMAIL = 'buitenstaander@elders.example';

/**
 * Fixed personal feed tokens of the suite (43 URL-safe characters, as the page makes them),
 * so the crawl's list of addresses is the same at every call.
 */
const TOKENS = {
  /** The suite's participant (hetbaken.example: eligible for the demo series). */
  eligible: 'ResilienceEligiblePersonalFeedToken00000001',
  /** {@link OUTSIDER_EMAIL}. */
  outsider: 'ResilienceOutsiderPersonalFeedToken00000002',
  /** Stored for nobody. */
  unknown: 'ResilienceUnknownPersonalFeedToken000000003',
} as const;

/**
 * Gives the suite's participant and an outsider a personal calendar feed (idempotent) and
 * returns their paths. At the suite's clock no session's link window is open, so even the
 * eligible person's feed must show no secret; inside a window only the eligible feed may
 * (see the secrets test that opens one).
 *
 * @example const { eligible, outsider, unknown } = await plantPersonalFeeds(db);
 */
export async function plantPersonalFeeds(db: Db): Promise<Record<keyof typeof TOKENS, string>> {
  await replacePersonalFeed(db, {
    email: PARTICIPANT_EMAIL,
    tokenHash: hashSessionToken(TOKENS.eligible),
  });
  await replacePersonalFeed(db, {
    email: OUTSIDER_EMAIL,
    tokenHash: hashSessionToken(TOKENS.outsider),
  });
  return {
    eligible: feedPaths.personal(TOKENS.eligible),
    outsider: feedPaths.personal(TOKENS.outsider),
    unknown: feedPaths.personal(TOKENS.unknown),
  };
}
