import { PUBLIC_DATA_TABLES, readDataVersionUntil, type Executor } from '@jamsessie/db';
import { addDays, toInstant, toLocalParts } from '@jamsessie/domain';

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

/** The version of the public reads, and until when the clock alone leaves it standing. */
export type PublicReadVersion = {
  readonly version: string;
  /**
   * The first instant at which the clock changes the answers (the next session end, or the
   * next Amsterdam midnight, whichever comes first). Until then only a write changes them.
   */
  readonly validUntil: Date;
};

/**
 * The version of everything the cacheable public reads depend on, at `now`: the counters of
 * all public tables (raised by triggers when a change commits, through any process), the end
 * of the next session to end (the agenda's coming/past split) and the Amsterdam date (the
 * organisations taking part today). One small query. The same text means the same answers.
 *
 * @example const { version } = await readPublicReadVersion(db, new Date());
 */
export async function readPublicReadVersion(db: Executor, now: Date): Promise<PublicReadVersion> {
  const instant = now.toISOString();
  const date = toLocalParts(instant).date;
  const data = await readDataVersionUntil(db, { tables: PUBLIC_DATA_TABLES, endedAt: instant });
  const midnight = new Date(toInstant(addDays(date, 1), '00:00'));
  const nextEnd = data.nextEndAt === null ? null : new Date(data.nextEndAt);
  return {
    version: `${data.version}|${date}`,
    validUntil: nextEnd !== null && nextEnd < midnight ? nextEnd : midnight,
  };
}
