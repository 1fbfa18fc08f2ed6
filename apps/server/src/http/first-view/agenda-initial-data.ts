import { createCaller, createContextInner, type Db } from '@jamsessie/api';
import { agendaFirstPage } from '@jamsessie/domain';

type Caller = ReturnType<typeof createCaller>;

/** What the agenda's first view shows, from the public procedures. */
export type AgendaInitialData = {
  readonly themes: Awaited<ReturnType<Caller['catalogue']['themes']>>;
  readonly movements: Awaited<ReturnType<Caller['catalogue']['movements']>>;
  readonly series: Awaited<ReturnType<Caller['catalogue']['series']>>;
  readonly editions: Awaited<ReturnType<Caller['week']['editions']>>;
  readonly list: Awaited<ReturnType<Caller['agenda']['list']>>;
};

/** One answered query as the app's cache takes it: procedure path, input and data. */
export type InitialQuery = {
  readonly path: string;
  readonly input?: unknown;
  readonly data: unknown;
};

/**
 * Calls the procedures the agenda's first view needs (apps/agenda: `prefetchRoute` for the
 * agenda), in-process and as an anonymous visitor: the same projections as over HTTP, so no
 * meeting link or private field can reach the page.
 *
 * @example const data = await loadAgendaInitialData({ db, now: new Date(), baseUrl });
 */
export async function loadAgendaInitialData(options: {
  readonly db: Db;
  readonly now: Date;
  readonly baseUrl: string;
}): Promise<AgendaInitialData> {
  const caller = createCaller(
    createContextInner({
      db: options.db,
      user: null,
      now: () => options.now,
      baseUrl: options.baseUrl,
    }),
  );
  const [themes, movements, series, editions, list] = await Promise.all([
    caller.catalogue.themes(),
    caller.catalogue.movements(),
    caller.catalogue.series(),
    caller.week.editions(),
    caller.agenda.list({ ...agendaFirstPage }),
  ]);
  return { themes, movements, series, editions, list };
}

/**
 * The answers as the app seeds them into its query cache (apps/agenda/src/api/initial-data.ts).
 *
 * @example initialQueries(data)[4] // { path: 'agenda.list', input: { when: 'upcoming', … }, data: { items, … } }
 */
export function initialQueries(data: AgendaInitialData): InitialQuery[] {
  return [
    { path: 'catalogue.themes', data: data.themes },
    { path: 'catalogue.movements', data: data.movements },
    { path: 'catalogue.series', data: data.series },
    { path: 'week.editions', data: data.editions },
    { path: 'agenda.list', input: agendaFirstPage, data: data.list },
  ];
}
