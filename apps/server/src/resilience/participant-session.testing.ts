import { hashSessionToken, type ParticipantUser } from '@jamsessie/api';
import { insertParticipantToken } from '@jamsessie/db';
import { randomBytes } from 'node:crypto';
import type { ResilienceServer } from './resilience-server.testing.js';
import { signInParticipant } from './trpc-http.client.js';

/**
 * The address the resilience suite's participant signs in with: a demo person with a dilemma
 * of their own but no secret of their own (the planted secrets are other people's), so
 * anything secret on their page is someone else's.
 */
export const PARTICIPANT_EMAIL = 'jeroen.peters@hetbaken.example';

/**
 * A participant signed in to their own page: a one-time link stored as the mail would carry
 * it, followed over HTTP. Returns the `Cookie` value and the participant for in-process callers.
 *
 * @example const { cookie, user } = await participantSignedIn(s, PARTICIPANT_EMAIL);
 */
export async function participantSignedIn(
  s: ResilienceServer,
  email: string,
): Promise<{ cookie: string; user: ParticipantUser }> {
  const token = randomBytes(32).toString('base64url');
  await insertParticipantToken(s.handle.db, {
    tokenHash: hashSessionToken(token),
    purpose: 'sign_in',
    email,
    subjectId: null,
    // Far ahead of any clock the suite's server runs on.
    expiresAt: '2100-01-01T00:00:00.000Z',
  });
  const cookie = await signInParticipant(s.server.baseUrl, token);
  return { cookie, user: { email, sessionId: 'resilience' } };
}
