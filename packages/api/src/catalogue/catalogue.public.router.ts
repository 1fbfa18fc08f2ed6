import {
  listKeywords,
  listMovements,
  listOrganisations,
  listSeries,
  listThemes,
  type Executor,
} from '@jamsessie/db';
import {
  Slug,
  type Movement,
  sortByLabel,
  toLocalParts,
  type Organisation,
} from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { toPublicSeriesSummary } from '../shared/public-series.js';
import { publicProcedure, router } from '../trpc.js';

/** A participating organisation as the public sees it: no e-mail domains. */
export type PublicParticipant = Pick<Organisation, 'id' | 'slug' | 'name' | 'kind'> & {
  website: string | null;
  city: string | null;
};

function toPublicParticipant(org: Organisation): PublicParticipant {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    kind: org.kind,
    website: org.website ?? null,
    city: org.city ?? null,
  };
}

const ParticipantsInput = z.object({ movement: Slug.optional() }).prefault({});

async function participantsOf(db: Executor, movement: Movement, onDate: string) {
  const organisations = await listOrganisations(db, {
    movementId: movement.id,
    participatingOn: onDate,
  });
  return { movement, organisations: organisations.map(toPublicParticipant) };
}

/**
 * Reference lists for filters and the public "de deelnemers" page: themes, keywords,
 * movements, every series (public projection, never a link), and the organisations taking
 * part per movement today.
 */
export const catalogueRouter = router({
  themes: publicProcedure.query(async ({ ctx }) => sortByLabel(await listThemes(ctx.db))),
  keywords: publicProcedure.query(async ({ ctx }) => sortByLabel(await listKeywords(ctx.db))),
  movements: publicProcedure.query(({ ctx }) => listMovements(ctx.db)),
  /** Every series, newest first, as the public may see it (the agenda's series filter). */
  series: publicProcedure.query(async ({ ctx }) =>
    (await listSeries(ctx.db, { withSessions: true })).map(toPublicSeriesSummary),
  ),
  participants: publicProcedure.input(ParticipantsInput).query(async ({ ctx, input }) => {
    const today = toLocalParts(ctx.now().toISOString()).date;
    const movements = await listMovements(ctx.db);
    const wanted = input.movement ? movements.filter((m) => m.slug === input.movement) : movements;
    if (input.movement && wanted.length === 0) {
      throw toTRPCError({ code: 'MOVEMENT.NOT_FOUND', message: 'Deze beweging bestaat niet.' });
    }
    return Promise.all(wanted.map((movement) => participantsOf(ctx.db, movement, today)));
  }),
});
