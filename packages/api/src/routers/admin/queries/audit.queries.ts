import { auditEntryFromRow, type AuditEntry, type Executor } from '@jamsessie/db';

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
