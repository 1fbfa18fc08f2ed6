/**
 * Growth benchmark: the public agenda query (list + count, as `agenda.list` runs them) and
 * the report search at 1x, 10x and 100x the demo data, on one engine. The three databases are
 * measured in interleaved rounds, so the ratio to 1x is not skewed by noise that comes and
 * goes on a shared machine. Prints `EXPLAIN (ANALYZE, BUFFERS)` of the main statements.
 */
import {
  countAgenda,
  createDatabase,
  listAgenda,
  migrateToLatest,
  searchReports,
  seedDemoData,
  type Database,
} from '@jamsessie/db';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Engine } from './agenda.bench.js';
import {
  agendaAt,
  agendaStatements,
  searchStatements,
  type Statement,
} from './lib/captured-sql.js';
import { growDemoData } from './lib/data-generator.js';
import { createPostgresDatabase, dropPostgresDatabase, openBenchPGlite } from './lib/databases.js';
import { median } from './lib/stats.js';

/** The multiples of the demo data that are measured. */
export const SCALES = [1, 10, 100] as const;
/** A word from the demo report's title: every copy of it matches (the search's worst case). */
export const SEARCH_TEXT = 'vrijheid';
/** The public search page's size (apps/agenda asks for ten hits). */
export const SEARCH_PAGE_SIZE = 10;

/**
 * The measured queries. The demo data has one report, so at 1x a page of search hits holds
 * one hit and at 10x ten: a full page costs more because it *says* more (ten snippets), not
 * because the archive grew. So the target is held against `search`, which asks at every scale
 * for as many hits as 1x has (the same answer, from a hundred times the data), and the full
 * page is measured and shown beside it (`search page`, compare 10x with 100x).
 */
export type GrowthQuery = 'agenda' | 'search' | 'search page';

/** One query at one scale. */
export type GrowthRow = {
  readonly query: GrowthQuery;
  /** Whether the 1.5x target applies (see {@link GrowthQuery}). */
  readonly inTarget: boolean;
  readonly scale: number;
  readonly sessions: number;
  readonly reports: number;
  readonly medianMs: number;
  /** median at this scale / median at 1x (target at 100x: ≤ 1.5). */
  readonly ratioTo1x: number;
};

/** One EXPLAIN (ANALYZE, BUFFERS) output. */
export type Plan = { readonly scale: number; readonly name: string; readonly text: string };

/** Everything the growth benchmark measured on one engine. */
export type GrowthResult = {
  readonly engine: Engine;
  readonly rows: readonly GrowthRow[];
  readonly plans: readonly Plan[];
};

type Scaled = {
  scale: number;
  db: Kysely<Database>;
  sessions: number;
  reports: number;
  close(): Promise<void>;
};

async function openScaled(engine: Engine, scale: number, now: Date): Promise<Scaled> {
  const name = `jamsessie_bench_test_g${scale}`;
  const handle =
    engine === 'pglite'
      ? await openBenchPGlite()
      : await createDatabase({ databaseUrl: await createPostgresDatabase(name), poolSize: 4 });
  const close =
    engine === 'pglite'
      ? () => handle.close()
      : async () => {
          await handle.close();
          await dropPostgresDatabase(name);
        };
  try {
    await migrateToLatest(handle.db);
    await seedDemoData(handle.db, { now });
    const sessions = await growDemoData(handle.db, scale);
    const { n } = await handle.db
      .selectFrom('report')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { scale, db: handle.db, sessions, reports: Number(n), close };
  } catch (error) {
    await close();
    throw error;
  }
}

type Measured = (db: Kysely<Database>) => Promise<unknown>;

function queriesFor(hitsAt1x: number): Record<GrowthQuery, Measured> {
  return {
    agenda: (db) => {
      const q = { now: new Date().toISOString(), direction: 'upcoming' as const };
      return Promise.all([listAgenda(db, q, { limit: 20, offset: 0 }), countAgenda(db, q)]);
    },
    search: (db) => searchReports(db, { query: SEARCH_TEXT, limit: hitsAt1x }),
    'search page': (db) => searchReports(db, { query: SEARCH_TEXT, limit: SEARCH_PAGE_SIZE }),
  };
}

/** Calls `run` for about `budgetMs` (at least 3 times) and returns each call's duration. */
async function sample(run: () => Promise<unknown>, budgetMs: number): Promise<number[]> {
  const durations: number[] = [];
  const start = performance.now();
  while (durations.length < 3 || performance.now() - start < budgetMs) {
    const t = performance.now();
    await run();
    durations.push(performance.now() - t);
  }
  return durations;
}

async function explain(db: Kysely<Database>, statement: Statement): Promise<string> {
  const result = await db.executeQuery<Record<string, string>>(
    CompiledQuery.raw(`explain (analyze, buffers) ${statement.sql}`, [...statement.parameters]),
  );
  return result.rows.map((row) => Object.values(row)[0] ?? '').join('\n');
}

async function plansAt(target: Scaled): Promise<Plan[]> {
  const agenda = agendaAt(await agendaStatements(), new Date());
  const search = await searchStatements(SEARCH_TEXT);
  const named: [string, Statement | undefined][] = [
    ['agenda list', agenda[0]],
    ['agenda count', agenda[1]],
    ['report search hits', search.hits],
    ['report search count', search.count],
  ];
  const plans: Plan[] = [];
  for (const [name, statement] of named) {
    if (statement)
      plans.push({ scale: target.scale, name, text: await explain(target.db, statement) });
  }
  return plans;
}

/**
 * Builds 1x, 10x and 100x databases on an engine, measures both queries in `rounds`
 * interleaved rounds of `budgetMs` each, and explains the statements at 1x and 100x.
 *
 * @example const growth = await runGrowthBench('pglite', { rounds: 5, budgetMs: 200 });
 */
export async function runGrowthBench(
  engine: Engine,
  options: { rounds: number; budgetMs: number },
): Promise<GrowthResult> {
  const now = new Date();
  const scaled: Scaled[] = [];
  try {
    for (const scale of SCALES) scaled.push(await openScaled(engine, scale, now));
    const samples = new Map<string, number[]>();
    const totals: number[] = [];
    for (const target of scaled) {
      const { total } = await searchReports(target.db, { query: SEARCH_TEXT, limit: 1 });
      if (total < target.scale) throw new Error(`search found ${total} at ${target.scale}x`);
      totals.push(total);
    }
    const queries = queriesFor(Math.min(totals[0] ?? 1, SEARCH_PAGE_SIZE));
    for (const target of scaled) await sample(() => queries.agenda(target.db), 50);
    for (let round = 0; round < options.rounds; round += 1) {
      for (const target of scaled) {
        for (const [name, run] of Object.entries(queries)) {
          const key = `${name}@${target.scale}`;
          const durations = await sample(() => run(target.db), options.budgetMs);
          samples.set(key, [...(samples.get(key) ?? []), ...durations]);
        }
      }
    }
    const rows: GrowthRow[] = [];
    for (const name of Object.keys(queries) as GrowthQuery[]) {
      const base = median(samples.get(`${name}@1`) ?? [NaN]);
      for (const target of scaled) {
        const medianMs = median(samples.get(`${name}@${target.scale}`) ?? [NaN]);
        rows.push({
          query: name,
          inTarget: name !== 'search page',
          scale: target.scale,
          sessions: target.sessions,
          reports: target.reports,
          medianMs,
          ratioTo1x: medianMs / base,
        });
      }
    }
    const plans: Plan[] = [];
    for (const target of [scaled[0], scaled.at(-1)])
      if (target) plans.push(...(await plansAt(target)));
    return { engine, rows, plans };
  } finally {
    for (const target of scaled) await target.close();
  }
}
