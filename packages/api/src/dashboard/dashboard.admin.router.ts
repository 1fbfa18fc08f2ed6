import { listThemes, dilemmaPoints, outboxCountsByStatus, sessionPoints } from '@jamsessie/db';
import { toInstant, toLocalParts } from '@jamsessie/domain';
import { z } from 'zod';
import { coordinatorProcedure, router } from '../trpc.js';

/** Sessions of one month by status. */
export type SessionMonth = { month: string; planned: number; held: number; cancelled: number };

/** Dilemmas of one theme (null: sessions without a theme) in one month. */
export type DilemmaThemeMonth = {
  month: string;
  themeId: string | null;
  themeLabel: string;
  count: number;
};

const NO_THEME = 'Zonder thema';

function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The Amsterdam month ('YYYY-MM') of an instant. */
function monthOf(instant: string): string {
  return toLocalParts(instant).date.slice(0, 7);
}

/**
 * Counts for the coordinators' charts (`admin.dashboard.counts`): sessions per month by
 * status, dilemmas per theme and month (by the month of their session, Amsterdam time), and
 * the outbox by status. Every month of the year is present, also when empty.
 */
export const dashboardRouter = router({
  counts: coordinatorProcedure
    .input(z.object({ year: z.number().int().min(2000).max(2100).optional() }).prefault({}))
    .query(async ({ ctx, input }) => {
      const year = input.year ?? Number(toLocalParts(ctx.now().toISOString()).date.slice(0, 4));
      const from = toInstant(`${year}-01-01`, '00:00');
      const to = toInstant(`${year + 1}-01-01`, '00:00');
      const [sessions, dilemmas, themes, outbox] = await Promise.all([
        sessionPoints(ctx.db, from, to),
        dilemmaPoints(ctx.db, from, to),
        listThemes(ctx.db),
        outboxCountsByStatus(ctx.db),
      ]);
      const months = monthsOf(year);
      const sessionsPerMonth: SessionMonth[] = months.map((month) => ({
        month,
        planned: 0,
        held: 0,
        cancelled: 0,
      }));
      for (const point of sessions) {
        const entry = sessionsPerMonth.find((m) => m.month === monthOf(point.startsAt));
        if (
          entry &&
          (point.status === 'planned' || point.status === 'held' || point.status === 'cancelled')
        ) {
          entry[point.status] += 1;
        }
      }
      const labels = new Map(themes.map((t) => [t.id, t.label]));
      const buckets = new Map<string, DilemmaThemeMonth>();
      for (const point of dilemmas) {
        const month = monthOf(point.startsAt);
        const themeIds = point.themeIds.length > 0 ? point.themeIds : [null];
        for (const themeId of themeIds) {
          const key = `${month}|${themeId ?? ''}`;
          const entry = buckets.get(key) ?? {
            month,
            themeId,
            themeLabel: themeId ? (labels.get(themeId) ?? NO_THEME) : NO_THEME,
            count: 0,
          };
          entry.count += 1;
          buckets.set(key, entry);
        }
      }
      const dilemmasPerThemeMonth = [...buckets.values()].sort(
        (a, b) => a.month.localeCompare(b.month) || a.themeLabel.localeCompare(b.themeLabel, 'nl'),
      );
      return { year, sessionsPerMonth, dilemmasPerThemeMonth, outboxByStatus: outbox };
    }),
});
