import { PUBLIC_DATA_TABLES, readDataVersion, type Executor } from '@jamsessie/db';
import { toLocalParts } from '@jamsessie/domain';

/**
 * The public reads whose answer depends on nothing but their input, the public data and the
 * clock (only through which sessions have ended and the Amsterdam date): never on who asks.
 * They read no cookie, no client key and no signed-in person, write nothing, and every answer
 * passes the public filter. So one answer can serve every visitor, and the server may keep it
 * in memory per {@link readPublicReadVersion}. A procedure joins this list only when all of
 * that holds (`public-reads.integration.test.ts` calls each as a visitor, a coordinator and a
 * participant and demands the same answer).
 */
export const CACHEABLE_PUBLIC_READS: ReadonlySet<string> = new Set([
  'agenda.list',
  'agenda.session',
  'week.editions',
  'week.edition',
  'week.localProgrammes',
  'catalogue.themes',
  'catalogue.keywords',
  'catalogue.movements',
  'catalogue.series',
  'catalogue.participants',
  'reports.list',
  'reports.bySlug',
  'tips.list',
]);

/**
 * Whether every call a tRPC request names (`agenda.list,catalogue.themes`) is one of the
 * {@link CACHEABLE_PUBLIC_READS}.
 *
 * @example isCacheablePublicRead(['agenda.list', 'catalogue.themes']) // true
 */
export function isCacheablePublicRead(paths: readonly string[]): boolean {
  return paths.length > 0 && paths.every((path) => CACHEABLE_PUBLIC_READS.has(path));
}

/**
 * The version of everything the cacheable public reads depend on, at `now`: the counters of
 * all public tables (raised by triggers when a change commits, through any process), the end
 * of the next session to end (the agenda's coming/past split) and the Amsterdam date (the
 * organisations taking part today). One small query. The same text means the same answers.
 *
 * @example const version = await readPublicReadVersion(db, new Date());
 */
export async function readPublicReadVersion(db: Executor, now: Date): Promise<string> {
  const instant = now.toISOString();
  const data = await readDataVersion(db, { tables: PUBLIC_DATA_TABLES, endedAt: instant });
  return `${data}|${toLocalParts(instant).date}`;
}
