import type { Context } from '../context.js';
import { appendAudit, type Executor } from '@jamsessie/db';

/** What a coordinator did, to which entity. */
export type AuditEvent = {
  /** A dotted verb, e.g. 'session.cancel', 'report.publish'. */
  action: string;
  /** The table/aggregate name, e.g. 'session'. */
  entity: string;
  entityId: string | null;
  /**
   * What changed, for a reader of the log: ids, old/new status, changed field names. Never
   * passwords, tokens, meeting links or dilemma texts.
   */
  details?: Record<string, unknown>;
};

const secretKeys = /password|token|secret|meeting_?link|hash/i;

function scrub(details: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    result[key] = secretKeys.test(key) ? '[verborgen]' : value;
  }
  return result;
}

/**
 * Writes an audit entry for a coordinator mutation, inside the mutation's own transaction so
 * the change and its record commit together. The actor is `ctx.user` (null for the system).
 * Keys that look secret (password, token, meetingLink, …) are masked as a safety net.
 *
 * @example
 * await ctx.db.transaction().execute(async (tx) => {
 *   await saveSession(tx, cancelled);
 *   await audit(ctx, tx, { action: 'session.cancel', entity: 'session', entityId: id, details: { reason } });
 * });
 */
export async function audit(
  ctx: Pick<Context, 'user' | 'now'>,
  tx: Executor,
  event: AuditEvent,
): Promise<void> {
  await appendAudit(tx, {
    actorId: ctx.user?.id ?? null,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    details: scrub(event.details ?? {}),
    at: ctx.now().toISOString(),
  });
}
