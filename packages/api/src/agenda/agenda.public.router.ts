import {
  countAgenda,
  findPublishedReportOfSession,
  findSeriesById,
  findSessionById,
  findSessionBySlug,
  listAgenda,
  type AgendaQuery,
  type SessionReportLink,
} from '@jamsessie/db';
import {
  Id,
  ProgrammeItemKind,
  SessionKind,
  Slug,
  toInstant,
  toPublicSession,
  type PublicSession,
} from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { toPublicSeriesSummary, type PublicSeriesSummary } from '../shared/public-series.js';
import { publicProcedure, router } from '../trpc.js';

const AgendaListInput = z
  .object({
    /**
     * Sessions that have not ended yet (soonest first) or that have (most recent first).
     * Left out: the coming sessions, or with `year` the whole year in start order.
     */
    when: z.enum(['upcoming', 'past'], { error: 'Kies komend of geweest.' }).optional(),
    /** Only sessions starting in this calendar year (Amsterdam); alone, the whole year. */
    year: z
      .number({ error: 'Vul een jaartal in.' })
      .int({ error: 'Vul een jaartal in.' })
      .min(2000, { error: 'Vul een jaartal vanaf 2000 in.' })
      .max(2100, { error: 'Vul een jaartal tot 2100 in.' })
      .optional(),
    theme: Slug.optional(),
    movement: Slug.optional(),
    series: Slug.optional(),
    kind: SessionKind.optional(),
    /** Only week items whose programme item is of this kind ('local_programme': "lokaal"). */
    programmeKind: ProgrammeItemKind.optional(),
    ...PageInput.shape,
  })
  .prefault({});

const SessionLookup = z
  .object({ slug: Slug.optional(), id: Id.optional() })
  .refine((v) => (v.slug === undefined) !== (v.id === undefined), {
    error: 'Geef het webadres (slug) of de id van de sessie.',
    path: ['slug'],
  });

/** A session page's data: the public session, its series and its published report. */
export type PublicSessionPage = {
  session: PublicSession;
  series: PublicSeriesSummary | null;
  /** The published report about this session, to link to; null until there is one. */
  report: SessionReportLink | null;
};

/** An explicit `when` wins; a year alone means all of it; otherwise what is coming. */
function directionOf(input: {
  when?: 'upcoming' | 'past' | undefined;
  year?: number | undefined;
}): AgendaQuery['direction'] {
  if (input.when !== undefined) return input.when;
  return input.year !== undefined ? 'all' : 'upcoming';
}

/**
 * The public agenda: jam sessions and week items, filtered and paged, for the coming
 * sessions, the past or a whole year (one query each). Every session passes through the
 * domain's `toPublicSession`, so no meeting link ever leaves this router.
 */
export const agendaRouter = router({
  list: publicProcedure.input(AgendaListInput).query(async ({ ctx, input }) => {
    const query: AgendaQuery = {
      now: ctx.now().toISOString(),
      direction: directionOf(input),
      ...(input.year !== undefined
        ? {
            from: toInstant(`${input.year}-01-01`, '00:00'),
            to: toInstant(`${input.year + 1}-01-01`, '00:00'),
          }
        : {}),
      ...(input.theme !== undefined ? { themeSlug: input.theme } : {}),
      ...(input.movement !== undefined ? { movementSlug: input.movement } : {}),
      ...(input.series !== undefined ? { seriesSlug: input.series } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.programmeKind !== undefined ? { programmeKind: input.programmeKind } : {}),
    };
    const [items, total] = await Promise.all([
      listAgenda(ctx.db, query, { limit: input.pageSize, offset: pageOffset(input) }),
      countAgenda(ctx.db, query),
    ]);
    return toPage(items, total, input);
  }),

  session: publicProcedure.input(SessionLookup).query(async ({ ctx, input }) => {
    const session = input.slug
      ? await findSessionBySlug(ctx.db, input.slug)
      : await findSessionById(ctx.db, input.id!);
    if (!session) {
      throw toTRPCError({
        code: 'SESSION.NOT_FOUND',
        message: 'Deze sessie staat niet (meer) in de agenda.',
      });
    }
    const [series, report] = await Promise.all([
      session.seriesId ? findSeriesById(ctx.db, session.seriesId) : undefined,
      findPublishedReportOfSession(ctx.db, session.id),
    ]);
    const seriesLink = series?.meetingLink ?? null;
    const page: PublicSessionPage = {
      session: toPublicSession(session, { seriesLink }),
      series: series ? toPublicSeriesSummary(series) : null,
      // A title is typed by a coordinator: publicProcedure's filter removes a pasted link.
      report: report ?? null,
    };
    return page;
  }),
});
