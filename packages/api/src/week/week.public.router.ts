import {
  findWeekEditionBySlug,
  listProgrammeItems,
  listProgrammeOrganisations,
  listWeekDays,
  listWeekEditions,
  type Executor,
} from '@jamsessie/db';
import {
  programmeByDay,
  Slug,
  WeekEdition,
  type ProgrammeItem,
  type ProgrammeRole,
} from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { publicProcedure, router } from '../trpc.js';

const EditionLookup = z
  .object({ slug: Slug.optional(), year: WeekEdition.shape.year.optional() })
  .refine((v) => (v.slug === undefined) !== (v.year === undefined), {
    error: 'Geef het webadres (slug) of het jaar van de Week.',
    path: ['slug'],
  });

/** A host, guest or speaker of a programme item, with the name of their organisation. */
export type PublicProgrammeRole = ProgrammeRole & { organisationName: string | null };

/**
 * A public programme item: the host organisation and the organisations of the people in it
 * named, internal proposal status left out.
 */
export type PublicProgrammeItem = Omit<ProgrammeItem, 'proposalStatus' | 'version' | 'roles'> & {
  organisationName: string | null;
  roles: PublicProgrammeRole[];
};

async function editionFor(
  db: Executor,
  lookup: { slug?: string | undefined; year?: number | undefined },
) {
  const edition = lookup.slug
    ? await findWeekEditionBySlug(db, lookup.slug)
    : (await listWeekEditions(db)).find((e) => e.year === lookup.year);
  if (!edition) {
    throw toTRPCError({ code: 'WEEK.NOT_FOUND', message: 'Deze editie van de Week bestaat niet.' });
  }
  return edition;
}

/** The names of the organisations an edition's programme refers to, by id. */
async function organisationNames(db: Executor, editionId: string) {
  const organisations = await listProgrammeOrganisations(db, editionId);
  return new Map(organisations.map((o) => [o.id, o.name]));
}

function toPublicItem(item: ProgrammeItem, names: Map<string, string>): PublicProgrammeItem {
  const { proposalStatus: _status, version: _version, ...rest } = item;
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    ...rest,
    roles: rest.roles.map((r) => ({ ...r, organisationName: nameOf(r.organisationId) })),
    organisationName: nameOf(item.organisationId),
  };
}

/**
 * The Week van de Radicale vernieuwing: editions, an edition with its days and programme
 * (accepted items only), and the programmes organisations run at their own locations. Hosts
 * of items and the hosts, guests and speakers in them are named with their organisation.
 */
export const weekRouter = router({
  editions: publicProcedure.query(async ({ ctx }) =>
    (await listWeekEditions(ctx.db)).sort((a, b) => b.year - a.year),
  ),

  edition: publicProcedure.input(EditionLookup).query(async ({ ctx, input }) => {
    const edition = await editionFor(ctx.db, input);
    const [days, items, names] = await Promise.all([
      listWeekDays(ctx.db, edition.id),
      listProgrammeItems(ctx.db, { editionId: edition.id, proposalStatuses: ['accepted'] }),
      organisationNames(ctx.db, edition.id),
    ]);
    const byDay = programmeByDay(days, items, { onlyAccepted: true });
    return {
      edition,
      days: byDay.map(({ day, items: dayItems }) => ({
        day,
        items: dayItems.map((item) => toPublicItem(item, names)),
      })),
    };
  }),

  localProgrammes: publicProcedure.input(EditionLookup).query(async ({ ctx, input }) => {
    const edition = await editionFor(ctx.db, input);
    const [days, items, names] = await Promise.all([
      listWeekDays(ctx.db, edition.id),
      listProgrammeItems(ctx.db, { editionId: edition.id, proposalStatuses: ['accepted'] }),
      organisationNames(ctx.db, edition.id),
    ]);
    const local = items.filter((item) => item.kind === 'local_programme');
    return {
      edition,
      days: programmeByDay(days, local, { onlyAccepted: true })
        .filter(({ items: dayItems }) => dayItems.length > 0)
        .map(({ day, items: dayItems }) => ({
          day,
          items: dayItems.map((item) => toPublicItem(item, names)),
        })),
    };
  }),
});
