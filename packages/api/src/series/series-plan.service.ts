import { randomUUID } from 'node:crypto';
import {
  findSeriesById,
  insertSession,
  listActionTeams,
  listSessionsOfSeries,
  listThemes,
  updateSeries,
  lockSeries,
  takenSessionSlugs,
  type Executor,
} from '@jamsessie/db';
import {
  checkSeries,
  formatDate,
  occurrencesOf,
  planYear,
  sessionFromPlannedDate,
  sessionSlug,
  toLocalParts,
  uniqueSlug,
  type LocalDate,
  type PlannedDate,
  type Series,
  type SeriesException,
  type Session,
  type SessionStatus,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { canonicalJson, expectVersion, found, refuse, saved } from '../shared/admin.helpers.js';

/** A session already in the agenda for a planned date. */
export type ExistingSession = {
  id: string;
  slug: string;
  status: SessionStatus;
  startsAt: string;
  version: number;
};

/** A planned date in the preview, with the session that already exists on it (if any). */
export type PlanPreviewDate = PlannedDate & {
  existing: ExistingSession | null;
  /** The date has already started at `ctx.now`: it cannot be created any more. */
  inPast: boolean;
};

/** The preview of a year: what the rule plans, flags, and what is in the agenda already. */
export type PlanPreview = {
  series: Pick<Series, 'id' | 'slug' | 'title' | 'version' | 'exceptions'>;
  year: number;
  dates: PlanPreviewDate[];
  /** Sessions of the series in that year on no planned date (moved by hand, or a rule change). */
  unplanned: ExistingSession[];
};

const SERIES_NOT_FOUND = 'Deze reeks bestaat niet (meer).';

function existingOf(session: Session): ExistingSession {
  return {
    id: session.id,
    slug: session.slug,
    status: session.status,
    startsAt: session.startsAt,
    version: session.version,
  };
}

/** Sessions by their Amsterdam date; a live session wins over a cancelled one on the same day. */
function sessionsByDate(sessions: readonly Session[]): Map<LocalDate, Session> {
  const byDate = new Map<LocalDate, Session>();
  for (const session of sessions) {
    const date = toLocalParts(session.startsAt).date;
    const known = byDate.get(date);
    if (!known || (known.status === 'cancelled' && session.status !== 'cancelled')) {
      byDate.set(date, session);
    }
  }
  return byDate;
}

/**
 * The preview of a year of a series: every date the rule plans (with exceptions applied,
 * themes, holiday and carnival flags), each marked with the session already in the agenda.
 *
 * @example (await previewYear(ctx, seriesId, 2026)).dates.find((d) => d.date === '2026-04-06')?.flags
 */
export async function previewYear(
  ctx: Pick<Context, 'db' | 'now'>,
  seriesId: string,
  year: number,
): Promise<PlanPreview> {
  const series = found(await findSeriesById(ctx.db, seriesId), 'SERIES', SERIES_NOT_FOUND);
  const [themes, sessions] = await Promise.all([
    listThemes(ctx.db),
    listSessionsOfSeries(ctx.db, seriesId),
  ]);
  const now = ctx.now().toISOString();
  const inYear = sessions.filter((s) => toLocalParts(s.startsAt).date.startsWith(`${year}-`));
  const byDate = sessionsByDate(inYear);
  const dates = planYear(series, year, themes).map((planned) => {
    const existing = byDate.get(planned.date);
    return {
      ...planned,
      existing: existing ? existingOf(existing) : null,
      inPast: planned.startsAt <= now,
    };
  });
  const plannedIds = new Set(dates.flatMap((d) => (d.existing ? [d.existing.id] : [])));
  return {
    series: {
      id: series.id,
      slug: series.slug,
      title: series.title,
      version: series.version,
      exceptions: series.exceptions,
    },
    year,
    dates,
    unplanned: inYear.filter((s) => !plannedIds.has(s.id)).map(existingOf),
  };
}

/** What a coordinator decided about a year's plan. */
export type PlanDecision = {
  seriesId: string;
  version: number;
  year: number;
  accept: LocalDate[];
  skip: LocalDate[];
  move: { date: LocalDate; to: LocalDate; startTime?: string | undefined; reason?: string }[];
};

/** The outcome of applying a plan. */
export type AppliedPlan = {
  series: Series;
  created: Session[];
  /** Accepted dates that already had a session (left as they were). */
  alreadyPresent: LocalDate[];
};

function checkDecision(decision: PlanDecision, regular: ReadonlySet<LocalDate>): void {
  const all = [...decision.accept, ...decision.skip, ...decision.move.map((m) => m.date)];
  const twice = all.filter((date, index) => all.indexOf(date) !== index);
  if (twice.length > 0) {
    refuse(
      'SERIES.INVALID_PLAN',
      'Kies per datum één besluit: aannemen, overslaan of verplaatsen.',
      {
        dates: [...new Set(twice)],
      },
    );
  }
  const outside = [...decision.skip, ...decision.move.map((m) => m.date)].filter(
    (date) => !regular.has(date),
  );
  if (outside.length > 0) {
    refuse(
      'SERIES.INVALID_DATE',
      `Op ${outside.map(formatDate).join(', ')} staat volgens de reeks geen sessie in ${decision.year}.`,
      { dates: outside },
    );
  }
}

function withDecision(series: Series, decision: PlanDecision): SeriesException[] {
  const byDate = new Map(series.exceptions.map((e) => [e.date, e]));
  for (const date of decision.skip) {
    const known = byDate.get(date);
    byDate.set(date, known?.kind === 'skip' ? known : { date, kind: 'skip' });
  }
  for (const move of decision.move) {
    byDate.set(move.date, {
      date: move.date,
      kind: 'move',
      to: move.to,
      ...(move.startTime !== undefined ? { startTime: move.startTime } : {}),
      ...(move.reason !== undefined ? { reason: move.reason } : {}),
    });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function regularDatesOf(series: Series, year: number): Set<LocalDate> {
  const from = `${year}-01-01` < series.firstDate ? series.firstDate : `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const to = series.lastDate !== null && series.lastDate < yearEnd ? series.lastDate : yearEnd;
  return new Set(from <= to ? occurrencesOf(series.recurrence, from, to) : []);
}

async function newSessionFor(
  tx: Executor,
  series: Series,
  planned: PlannedDate,
  movementIds: string[],
): Promise<Session> {
  const base = sessionSlug('Jamsessie', planned.startsAt);
  const slug = uniqueSlug(base, await takenSessionSlugs(tx, base));
  const session = sessionFromPlannedDate(series, planned, { id: randomUUID(), movementIds, slug });
  return saved(await insertSession(tx, session));
}

/**
 * Applies a coordinator's decisions about a year in one transaction: skipped and moved dates
 * become exceptions of the series (guarded by its version; when they are already there the
 * series is left alone and the version is not needed), and a session is created for every
 * accepted or moved date that has none yet. Running it again creates nothing twice. The series
 * row is locked meanwhile, so two coordinators applying at once cannot duplicate a session.
 *
 * @example await applyPlan(ctx, { seriesId, version: 1, year: 2026, accept: ['2026-02-02'], skip: ['2026-04-06'], move: [] })
 */
export async function applyPlan(ctx: Context, decision: PlanDecision): Promise<AppliedPlan> {
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (tx) => {
    if (!(await lockSeries(tx, decision.seriesId))) refuse('SERIES.NOT_FOUND', SERIES_NOT_FOUND);
    let series = found(await findSeriesById(tx, decision.seriesId), 'SERIES', SERIES_NOT_FOUND);
    checkDecision(decision, regularDatesOf(series, decision.year));
    const sessions = await listSessionsOfSeries(tx, series.id);
    const byDate = sessionsByDate(sessions);
    const leaving = [
      ...decision.skip,
      ...decision.move.filter((m) => m.to !== m.date).map((m) => m.date),
    ];
    const blocked = leaving.filter((date) => {
      const session = byDate.get(date);
      return session !== undefined && session.status !== 'cancelled';
    });
    if (blocked.length > 0) {
      refuse(
        'SERIES.SESSION_EXISTS',
        `Op ${blocked.map(formatDate).join(', ')} staat al een sessie in de agenda: zeg die af of verplaats die daar.`,
        { dates: blocked },
      );
    }
    const exceptions = withDecision(series, decision);
    const changed = canonicalJson(exceptions) !== canonicalJson(series.exceptions);
    if (changed) {
      expectVersion('series', series, decision.version);
      const next = unwrap(checkSeries({ ...series, exceptions }));
      series = saved(await updateSeries(tx, next));
    }
    const [themes, teams] = await Promise.all([listThemes(tx), listActionTeams(tx)]);
    const movementIds = teams.filter((t) => t.id === series.actionTeamId).map((t) => t.movementId);
    const plan = planYear(series, decision.year, themes);
    const wanted = [...new Set([...decision.accept, ...decision.move.map((m) => m.to)])].sort();
    const created: Session[] = [];
    const alreadyPresent: LocalDate[] = [];
    for (const date of wanted) {
      const planned = plan.find((p) => p.date === date);
      if (!planned) {
        refuse(
          'SERIES.INVALID_DATE',
          `${formatDate(date)} hoort niet bij de planning van ${decision.year}.`,
          { dates: [date] },
        );
      }
      if (byDate.has(date)) {
        alreadyPresent.push(date);
        continue;
      }
      if (planned.startsAt <= now) {
        refuse('SESSION.IN_PAST', `${formatDate(date)} ligt in het verleden.`, { dates: [date] });
      }
      created.push(await newSessionFor(tx, series, planned, movementIds));
    }
    await audit(ctx, tx, {
      action: 'series.apply_plan',
      entity: 'series',
      entityId: series.id,
      details: {
        year: decision.year,
        created: created.map((s) => s.id),
        alreadyPresent,
        skipped: decision.skip,
        moved: decision.move.map((m) => ({ date: m.date, to: m.to })),
      },
    });
    return { series, created, alreadyPresent };
  });
}
