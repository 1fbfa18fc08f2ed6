import { randomBytes, randomInt } from 'node:crypto';
import type { Db } from '@jamsessie/api';
import {
  REPORT_ID,
  SERIES_ID,
  findSeriesById,
  findReportById,
  findSessionById,
  listActionTeams,
  listKeywords,
  listMovements,
  listOrganisations,
  listProgrammeItems,
  listSeries,
  listThemes,
  listWeekDays,
  listWeekEditions,
  updateActionTeam,
  updateKeyword,
  updateMovement,
  updateOrganisation,
  updateProgrammeItem,
  updateReport,
  updateSeries,
  updateSession,
  updateTheme,
  updateWeekDay,
  updateWeekEdition,
} from '@jamsessie/db';
import {
  ActionTeam,
  Keyword,
  Movement,
  Organisation,
  ProgrammeItem,
  Report,
  Series,
  Session,
  Theme,
  WeekDay,
  WeekEdition,
} from '@jamsessie/domain';
import type { Secret } from './secret-scan.js';
import { plantTextFields, textFieldPaths, type ZodLike } from './schema-text-fields.js';

/** A meeting link of the Zoom kind and the parts of it that open the meeting on their own. */
export type PlantedLink = {
  readonly link: string;
  readonly hostAndId: string;
  readonly id: string;
  readonly groupedId: string;
  readonly passcode: string;
};

/** What {@link plantLinkPartsEverywhere} planted: per schema, the text fields it reached. */
export type LinkPartsTraps = {
  readonly planted: PlantedLink;
  readonly secret: Secret;
  /** Per entity: every free-text path of its schema, and the ones planted. */
  readonly coverage: Readonly<Record<string, { fields: string[]; planted: string[] }>>;
};

function newLink(): PlantedLink {
  const id = String(randomInt(10_000_000_000, 99_999_999_999));
  const passcode = `Pw${randomBytes(6).toString('hex')}Zk`;
  const host = `zoom-${randomBytes(3).toString('hex')}.example`;
  return {
    link: `https://us02web.${host}/j/${id}?pwd=${passcode}`,
    hostAndId: `${host}/j/${id}`,
    id,
    groupedId: `${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`,
    passcode,
  };
}

/** The text planted in a field: all parts where it fits, else one part (in turn). */
function planter(planted: PlantedLink) {
  const forms = [
    `Doe mee via ${planted.link} of ${planted.hostAndId} (ID ${planted.groupedId}, code ${planted.passcode}).`,
    `Link ${planted.link}`,
    planted.hostAndId,
    `ID ${planted.groupedId}`,
    `code ${planted.passcode}`,
  ];
  let turn = 0;
  return (max: number) => {
    if (forms[0]!.length <= max) return forms[0]!;
    const fitting = forms.slice(1).filter((form) => form.length <= max);
    turn += 1;
    return fitting[turn % Math.max(1, fitting.length)] ?? '';
  };
}

type Entity<T> = {
  readonly schema: ZodLike;
  readonly load: (db: Db) => Promise<T[]>;
  readonly save: (db: Db, value: T) => Promise<{ ok: boolean }>;
};

const entity = <T>(e: Entity<T>) => e as Entity<unknown>;

/** Every public entity a coordinator writes text into, by its domain schema. */
const ENTITIES: Readonly<Record<string, Entity<unknown>>> = {
  Series: entity({ schema: Series, load: (db) => listSeries(db), save: updateSeries }),
  Session: entity({
    schema: Session,
    load: async (db) => {
      const ids = await db.selectFrom('session').select('id').execute();
      const all = await Promise.all(ids.map((row) => findSessionById(db, row.id)));
      return all.flatMap((s) => (s ? [s] : []));
    },
    save: updateSession,
  }),
  Theme: entity({ schema: Theme, load: listThemes, save: updateTheme }),
  Keyword: entity({ schema: Keyword, load: listKeywords, save: updateKeyword }),
  Movement: entity({ schema: Movement, load: listMovements, save: updateMovement }),
  ActionTeam: entity({
    schema: ActionTeam,
    load: (db) => listActionTeams(db),
    save: updateActionTeam,
  }),
  Organisation: entity({
    schema: Organisation,
    load: (db) => listOrganisations(db),
    save: updateOrganisation,
  }),
  Report: entity({
    schema: Report,
    load: async (db) => {
      const ids = await db.selectFrom('report').select('id').execute();
      const all = await Promise.all(ids.map((row) => findReportById(db, row.id)));
      return all.flatMap((r) => (r ? [r] : []));
    },
    save: updateReport,
  }),
  WeekEdition: entity({ schema: WeekEdition, load: listWeekEditions, save: updateWeekEdition }),
  WeekDay: entity({
    schema: WeekDay,
    load: async (db) =>
      (await Promise.all((await listWeekEditions(db)).map((e) => listWeekDays(db, e.id)))).flat(),
    save: updateWeekDay,
  }),
  ProgrammeItem: entity({
    schema: ProgrammeItem,
    load: (db) => listProgrammeItems(db, {}),
    save: updateProgrammeItem,
  }),
};

/**
 * Data in the states where the remaining text fields exist: a cancelled session (its reason),
 * a skipped date of the demo series (its reason) and an attachment of the demo report.
 */
async function giveEveryFieldAPlace(db: Db): Promise<void> {
  const session = await db
    .selectFrom('session')
    .select('id')
    .where('series_id', '=', SERIES_ID)
    .where('status', '=', 'planned')
    .orderBy('starts_at', 'desc')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('session')
    .set({ status: 'cancelled', cancellation_reason: 'Vervalt.' })
    .where('id', '=', session.id)
    .execute();
  const series = await findSeriesById(db, SERIES_ID);
  if (series && series.exceptions.length === 0) {
    const saved = await updateSeries(db, {
      ...series,
      exceptions: [{ date: series.firstDate, kind: 'skip', reason: 'Vakantie' }],
    });
    if (!saved.ok) throw new Error(`a skipped date could not be added: ${saved.error.code}`);
  }
  const report = await findReportById(db, REPORT_ID);
  if (report && report.attachments.length === 0) {
    const saved = await updateReport(db, {
      ...report,
      attachments: [{ title: 'Bijlage', url: 'https://jamsessie.example/bijlage.pdf' }],
    });
    if (!saved.ok) throw new Error(`an attachment could not be added: ${saved.error.code}`);
  }
}

/**
 * Makes a Zoom-like link the demo series' meeting link and writes it, its meeting ID (with
 * its host, and in groups) and its passcode into EVERY free-text field of every public
 * entity a coordinator edits, the fields found by walking the domain schemas
 * ({@link textFieldPaths}), through the repositories as the admin app's saves do.
 *
 * @example const traps = await plantLinkPartsEverywhere(db); expect(leaksIn(body, [traps.secret])).toEqual([]);
 */
export async function plantLinkPartsEverywhere(db: Db): Promise<LinkPartsTraps> {
  const planted = newLink();
  await db
    .updateTable('series')
    .set({ meeting_link: planted.link })
    .where('id', '=', SERIES_ID)
    .execute();
  await giveEveryFieldAPlace(db);
  const plant = planter(planted);
  const coverage: Record<string, { fields: string[]; planted: string[] }> = {};
  for (const [name, { schema, load, save }] of Object.entries(ENTITIES)) {
    const reached = new Set<string>();
    for (const value of await load(db)) {
      // Filling empty fields too, unless the data refuses that (a reason for a session
      // that is not cancelled): then only the filled ones.
      const attempt = async (fillEmpty: boolean) => {
        const seen: string[] = [];
        const changed = plantTextFields(schema, value, plant, (p) => seen.push(p), '', fillEmpty);
        const saved = await save(db, changed).catch(() => ({ ok: false }));
        if (saved.ok) seen.forEach((p) => reached.add(p));
        return saved.ok;
      };
      if (!(await attempt(true)) && !(await attempt(false)))
        throw new Error(`planting link parts in a ${name} failed`);
    }
    coverage[name] = { fields: textFieldPaths(schema), planted: [...reached].sort() };
  }
  return {
    planted,
    coverage,
    secret: {
      label: 'planted meeting link or one of its parts',
      needles: [
        planted.link,
        planted.hostAndId,
        `j/${planted.id}`,
        planted.id,
        planted.groupedId,
        planted.passcode,
      ],
    },
  };
}
