import { sql, type Kysely } from 'kysely';

/** Kysely's own bookkeeping tables: a snapshot records their content as its migration list. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * The table of per-table change counters. It is written last on a restore, because the
 * triggers of the other tables raise its counters while they are filled.
 */
export const DATA_VERSION_TABLE = 'data_version';

/** A table as a copy needs it: the columns it can insert and whether identity is forced. */
export type CopyTable = {
  /** The table's name in the `public` schema. */
  readonly name: string;
  /** Columns a copy writes (generated columns are left to the database). */
  readonly columns: readonly string[];
  /** Whether it has a `generated always as identity` column (needs `overriding system value`). */
  readonly identityAlways: boolean;
};

type Catalogued = Kysely<unknown>;

/**
 * The tables of the `public` schema in foreign-key order (every table after the tables it
 * references), `data_version` last, without Kysely's migration tables. Throws on a cycle of
 * references, which a copy in one pass could not fill.
 */
export async function tablesInCopyOrder(db: Catalogued): Promise<CopyTable[]> {
  const { rows: columns } = await sql<{
    table_name: string;
    column_name: string;
    is_generated: string;
    identity_generation: string | null;
  }>`select table_name, column_name, is_generated, identity_generation
       from information_schema.columns
      where table_schema = 'public'
      order by table_name, ordinal_position`.execute(db);
  const { rows: tables } = await sql<{ table_name: string }>`select table_name
       from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'
      order by table_name`.execute(db);
  const { rows: references } = await sql<{ child: string; parent: string }>`select
        child.relname as child, parent.relname as parent
       from pg_constraint c
       join pg_class child on child.oid = c.conrelid
       join pg_class parent on parent.oid = c.confrelid
       join pg_namespace n on n.oid = child.relnamespace
      where c.contype = 'f' and n.nspname = 'public'`.execute(db);
  const names = tables.map((t) => t.table_name).filter((name) => !MIGRATION_TABLES.has(name));
  const ordered = inForeignKeyOrder(names, references);
  return ordered.map((name) => {
    const own = columns.filter((c) => c.table_name === name);
    return {
      name,
      columns: own.filter((c) => c.is_generated !== 'ALWAYS').map((c) => c.column_name),
      identityAlways: own.some((c) => c.identity_generation === 'ALWAYS'),
    };
  });
}

/**
 * Orders table names so that each comes after the tables it references (a reference of a
 * table to itself is ignored), `data_version` last; ties keep alphabetical order.
 *
 * @example inForeignKeyOrder(['b', 'a'], [{ child: 'a', parent: 'b' }]) // ['b', 'a']
 */
export function inForeignKeyOrder(
  names: readonly string[],
  references: readonly { child: string; parent: string }[],
): string[] {
  const pending = new Set([...names].sort());
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(
      (name) =>
        !references.some((r) => r.child === name && r.parent !== name && pending.has(r.parent)),
    );
    if (ready.length === 0) {
      throw new Error(`foreign keys form a cycle between: ${[...pending].join(', ')}`);
    }
    for (const name of ready) {
      pending.delete(name);
      ordered.push(name);
    }
  }
  const last = ordered.filter((name) => name === DATA_VERSION_TABLE);
  return [...ordered.filter((name) => name !== DATA_VERSION_TABLE), ...last];
}

/** The sequences of the `public` schema, by name. */
export async function sequenceNames(db: Catalogued): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'S' and n.nspname = 'public'
      order by c.relname`.execute(db);
  return rows.map((r) => r.name);
}

/** The applied migrations, oldest first (none when the database was never migrated). */
export async function appliedMigrations(db: Catalogued): Promise<string[]> {
  const { rows: exists } = await sql<{ found: boolean }>`select to_regclass(
      'public.kysely_migration') is not null as found`.execute(db);
  if (!exists[0]?.found) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration
      order by name`.execute(db);
  return rows.map((r) => r.name);
}

/** Row counts per table (in the given order), e.g. `{ session: 24, person: 9 }`. */
export async function rowCounts(
  db: Catalogued,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(
      table,
    )}`.execute(db);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}
