import {
  countAgenda,
  findSeriesById,
  findSessionById,
  findSessionBySlug,
  listAgenda,
  type AgendaQuery,
} from '@jamsessie/db';
import {
  Id,
  SessionKind,
  Slug,
  toInstant,
  toPublicSeries,
  toPublicSession,
  type PublicSession,
  type Series,
} from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { PageInput, pageOffset, toPage } from '../shared/paging.js';
import { publicProcedure, router } from '../trpc.js';

const AgendaListInput = z
  .object({
    /** Sessions that have not ended yet (soonest first) or that have (most recent first). */
    when: z.enum(['upcoming', 'past'], { error: 'Kies komend of geweest.' }).default('upcoming'),
    /** Only sessions starting in this calendar year (Amsterdam). */
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
    ...PageInput.shape,
  })
  .prefault({});

const SessionLookup = z
  .object({ slug: Slug.optional(), id: Id.optional() })
  .refine((v) => (v.slug === undefined) !== (v.id === undefined), {
    error: 'Geef het webadres (slug) of de id van de sessie.',
    path: ['slug'],
  });

/** The public facts of a series shown beside a session: never its link or eligibility rules. */
export type PublicSeriesSummary = {
  id: string;
  slug: string;
  title: string;
  description: string;
  documents: Series['documents'];
  linkOnRequest: boolean;
};

function seriesSummary(series: Series): PublicSeriesSummary {
  const open = toPublicSeries(series);
  return {
    id: open.id,
    slug: open.slug,
    title: open.title,
    description: open.description,
    documents: open.documents,
    linkOnRequest: open.linkOnRequest,
  };
}

/**
 * The public agenda: jam sessions and week items, filtered and paged. Every session passes
 * through the domain's `toPublicSession`, so no meeting link ever leaves this router.
 */
export const agendaRouter = router({
  list: publicProcedure.input(AgendaListInput).query(async ({ ctx, input }) => {
    const query: AgendaQuery = {
      now: ctx.now().toISOString(),
      direction: input.when,
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
    const series = session.seriesId ? await findSeriesById(ctx.db, session.seriesId) : undefined;
    const publicSession: PublicSession = toPublicSession(session, {
      seriesLink: series?.meetingLink ?? null,
    });
    return { session: publicSession, series: series ? seriesSummary(series) : null };
  }),
});
