import type { ProgrammeItem, Session, WeekDay } from '@jamsessie/domain';
import { sessionSlug, hasSessionEnded } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';
import { movementId } from './demo-organisations.js';
import { themeId } from './demo-taxonomy.js';

const ALL_MOVEMENTS = ['zorg', 'langdurige-ggz', 'zorgonderwijs', 'jeugdzorg'];

/**
 * The agenda entries of the week: one `week_item` session per accepted programme item, linked
 * by `programmeItemId`, so the editions appear in the (past) agenda. A proposed local programme
 * is not in the agenda until a coordinator accepts it.
 */
export function demoWeekSessions(
  days: readonly WeekDay[],
  items: readonly ProgrammeItem[],
  now: Date,
): Session[] {
  return items
    .filter((item) => item.proposalStatus === 'accepted')
    .map((item) => {
      const day = days.find((candidate) => candidate.id === item.dayId);
      const beyond = day?.sector === 'voorbij-sectoren';
      const movements = beyond || !day ? ALL_MOVEMENTS : [day.sector];
      return {
        id: demoId(`session:week-item:${item.id}`),
        slug: sessionSlug(item.title, item.startsAt),
        kind: 'week_item',
        seriesId: null,
        programmeItemId: item.id,
        title: item.title,
        description: item.description,
        themeIds: beyond ? [themeId('voorbij-sectoren')] : [],
        movementIds: movements.map((slug) => movementId(slug)),
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        online: item.online,
        location: item.location,
        status: hasSessionEnded(item, now.toISOString()) ? 'held' : 'planned',
        cancellationReason: null,
        meetingLink: null,
        sequence: 0,
        version: 1,
      } satisfies Session;
    });
}
