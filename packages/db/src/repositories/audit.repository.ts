import type { AuditLogRow } from '../schema.js';
import { toJson, type Executor } from './repository.helpers.js';

/** One line of the audit log: who (null = the system) did what to which entity, when. */
export type AuditEntry = {
  readonly id: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
};

/** Maps an `audit_log` row to an AuditEntry. */
export function auditEntryFromRow(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    details: row.details,
  };
}

/**
 * Appends an entry (write it in the transaction of the change it describes). Keep personal
 * data and secrets out of `details`: ids and codes suffice.
 *
 * @example await appendAudit(trx, { actorId: user.id, action: 'session.cancel', entity: 'session', entityId: id, at: now });
 */
export async function appendAudit(
  db: Executor,
  entry: {
    actorId: string | null;
    action: string;
    entity: string;
    entityId?: string | null;
    details?: Record<string, unknown>;
    at?: string;
  },
): Promise<AuditEntry> {
  const row = await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      details: toJson(entry.details ?? {}),
      ...(entry.at !== undefined ? { at: entry.at } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return auditEntryFromRow(row);
}

/** The newest entries first, optionally about one entity or by one actor; `beforeId` pages back. */
export async function listAudit(
  db: Executor,
  filter: {
    entity?: string;
    entityId?: string;
    actorId?: string;
    beforeId?: number;
    limit: number;
  },
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .$if(filter.entity !== undefined, (q) => q.where('entity', '=', filter.entity!))
    .$if(filter.entityId !== undefined, (q) => q.where('entity_id', '=', filter.entityId!))
    .$if(filter.actorId !== undefined, (q) => q.where('actor_id', '=', filter.actorId!))
    .$if(filter.beforeId !== undefined, (q) => q.where('id', '<', filter.beforeId!))
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map(auditEntryFromRow);
}
