import { renderCalendar, sessionToCalendarEvent, toPublicSession } from '@jamsessie/domain';
import type { PlanOptions } from './cli.args.js';
import { cliSeries, plannedSessions } from './cli.plan.js';

/** What `jamsessie ics` needs besides the plan. */
export type IcsOptions = { site: string; name: string | null };

/**
 * The year's sessions as an ICS calendar, built the way the server builds its feeds: a
 * session per planned date, its public projection, then a calendar event. The CLI knows no
 * meeting link, and the path through `toPublicSession` would drop one anyway.
 *
 * @example buildIcs(plan, { site: 'https://jamsessie.radicalevernieuwing.nl', name: null }).count // 12
 */
export function buildIcs(plan: PlanOptions, options: IcsOptions): { ics: string; count: number } {
  const { themes } = cliSeries(plan);
  const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const events = plannedSessions(plan).map((session) =>
    sessionToCalendarEvent(toPublicSession(session, { seriesLink: null }), {
      baseUrl: options.site,
      themeLabels,
    }),
  );
  const ics = renderCalendar(events, {
    name: options.name ?? `${plan.title} ${plan.year}`,
    url: options.site,
  });
  return { ics, count: events.length };
}
