import {
  renderCalendar,
  sessionToCalendarEvent,
  toPublicSession,
  type Session,
  type Theme,
} from '@jamsessie/domain';
import type { PlanOptions } from './cli.args.js';
import { cliSeries, plannedSessions } from './cli.plan.js';

/** What `jamsessie ics` needs besides the plan. */
export type IcsOptions = { site: string; name: string | null };

/**
 * Sessions as an ICS calendar, built the way the server builds its feeds: each session's
 * public projection, then a calendar event. The CLI knows no meeting link, and the path
 * through `toPublicSession` would drop one anyway. Used by `ics` and `import`.
 *
 * @example sessionsCalendar(sessions, themes, { site: 'https://jamsessie.radicalevernieuwing.nl', name: 'Jamsessies 2026' })
 */
export function sessionsCalendar(
  sessions: readonly Session[],
  themes: readonly Theme[],
  options: { site: string; name: string },
): string {
  const themeLabels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const events = sessions.map((session) =>
    sessionToCalendarEvent(toPublicSession(session, { seriesLink: null }), {
      baseUrl: options.site,
      themeLabels,
    }),
  );
  return renderCalendar(events, { name: options.name, url: options.site });
}

/**
 * The year's planned sessions as an ICS calendar: a session per planned date.
 *
 * @example buildIcs(plan, { site: 'https://jamsessie.radicalevernieuwing.nl', name: null }).count // 12
 */
export function buildIcs(plan: PlanOptions, options: IcsOptions): { ics: string; count: number } {
  const { themes } = cliSeries(plan);
  const sessions = plannedSessions(plan);
  const ics = sessionsCalendar(sessions, themes, {
    site: options.site,
    name: options.name ?? `${plan.title} ${plan.year}`,
  });
  return { ics, count: sessions.length };
}
