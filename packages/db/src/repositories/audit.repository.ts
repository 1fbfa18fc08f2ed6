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

/** An audit entry with the name of the account that acted (null for the system or a removed account). */
export type AuditListEntry = AuditEntry & { actorName: string | null };

/** Filters of the audit list; `beforeId` pages back from the newest entries. */
export type AuditFilter = {
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  beforeId?: number | undefined;
};

/**
 * The newest audit entries first, with the actor's name, `limit` at a time; pass the last id
 * of a page as `beforeId` for the next one.
 *
 * @example await listAuditEntries(db, { entity: 'session' }, 50)
 */
export async function listAuditEntries(
  db: Executor,
  f: AuditFilter,
  limit: number,
): Promise<AuditListEntry[]> {
  const rows = await db
    .selectFrom('audit_log as l')
    .leftJoin('coordinator_account as a', 'a.id', 'l.actor_id')
    .selectAll('l')
    .select('a.display_name as actor_name')
    .$if(f.entity !== undefined, (q) => q.where('l.entity', '=', f.entity!))
    .$if(f.entityId !== undefined, (q) => q.where('l.entity_id', '=', f.entityId!))
    .$if(f.actorId !== undefined, (q) => q.where('l.actor_id', '=', f.actorId!))
    .$if(f.action !== undefined, (q) => q.where('l.action', '=', f.action!))
    .$if(f.beforeId !== undefined, (q) => q.where('l.id', '<', f.beforeId!))
    .orderBy('l.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...auditEntryFromRow(row), actorName: row.actor_name }));
}
