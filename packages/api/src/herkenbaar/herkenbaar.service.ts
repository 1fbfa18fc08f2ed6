import {
  addHerkenbaarMark,
  countHerkenbaarMarks,
  findHerkenbaarCandidate,
  findHerkenbaarMarks,
  findHerkenbaarSession,
  findPersonByEmail,
  findSeriesById,
  listConsentsForSubjects,
  listHerkenbaarCandidates,
  listOrganisations,
  listParticipations,
  listSessionIdsWithConfirmedDilemmaOf,
  listSessionsStartingBetween,
  removeHerkenbaarMark,
  type Executor,
  type HerkenbaarCandidateRow,
  type HerkenbaarSessionRow,
} from '@jamsessie/db';
import {
  checkHerkenbaarOpen,
  consentLookupFrom,
  herkenbaarPhase,
  herkenbaarTitle,
  HERKENBAAR_WINDOW_DAYS,
  isEligibleForLink,
  isHerkenbaarParticipant,
  toLocalParts,
  type HerkenbaarCount,
  type HerkenbaarMarkInput,
  type HerkenbaarSession,
} from '@jamsessie/domain';
import type { Context, ParticipantUser } from '../context.js';
import { toTRPCError, unwrap } from '../errors.js';
import { markKey, markSecret } from './herkenbaar-key.js';

const DAY_MS = 24 * 60 * 60_000;

/** The same refusal for a question that does not exist and one this participant may not see. */
const NOT_OPEN = 'Deze vraag staat niet (meer) open om herkenbaar te maken.';

/**
 * Decides, per session, whether the signed-in address counts as its participant (see the
 * domain's `isHerkenbaarParticipant`): it brought a confirmed question to it, or it may
 * have the meeting link of the session's series.
 */
async function participantOf(db: Executor, email: string, now: Date) {
  const [person, organisations, participations] = await Promise.all([
    findPersonByEmail(db, email),
    listOrganisations(db),
    listParticipations(db, {}),
  ]);
  const owned = new Set(person ? await listSessionIdsWithConfirmedDilemmaOf(db, person.id) : []);
  const onDate = toLocalParts(now.toISOString()).date;
  const eligibleBySeries = new Map<string, boolean>();
  return async (session: HerkenbaarSessionRow): Promise<boolean> => {
    let eligible = false;
    if (session.seriesId !== null) {
      const known = eligibleBySeries.get(session.seriesId);
      if (known !== undefined) {
        eligible = known;
      } else {
        const series = await findSeriesById(db, session.seriesId);
        eligible =
          series !== undefined &&
          isEligibleForLink(email, series, {
            organisations,
            participations,
            locMemberEmails: person?.isLocMember && person.email ? [person.email] : [],
            onDate,
          });
        eligibleBySeries.set(session.seriesId, eligible);
      }
    }
    return isHerkenbaarParticipant({
      ownsConfirmedDilemma: owned.has(session.id),
      eligibleForSeries: eligible,
    });
  };
}

/** The neutral titles of candidates, with recorded consents looked up; untitled ones left out. */
async function titled(db: Executor, candidates: readonly HerkenbaarCandidateRow[]) {
  const lookup = consentLookupFrom(
    await listConsentsForSubjects(
      db,
      candidates.map((c) => c.dilemmaId),
    ),
  );
  return candidates.flatMap((c) => {
    const title = herkenbaarTitle({
      ...c,
      consent: lookup({ subject: 'dilemma', subjectId: c.dilemmaId }) ?? c.consent,
    });
    return title === null ? [] : [{ ...c, title }];
  });
}

/**
 * The sessions open for "herkenbaar" whose participant the signed-in address is, each with
 * the neutral titles of its questions and whether this participant marked them. Nothing of
 * any other session; never an owner, a question's text or anyone's marks but their own.
 *
 * @example const sessions = await herkenbaarSessionsFor(ctx, ctx.participant);
 */
export async function herkenbaarSessionsFor(
  ctx: Context,
  participant: ParticipantUser,
): Promise<HerkenbaarSession[]> {
  const now = ctx.now();
  const upcoming = await listSessionsStartingBetween(
    ctx.db,
    now.toISOString(),
    new Date(now.getTime() + HERKENBAAR_WINDOW_DAYS * DAY_MS).toISOString(),
  );
  const isParticipant = await participantOf(ctx.db, participant.email, now);
  const sessions: HerkenbaarSessionRow[] = [];
  for (const session of upcoming) {
    if (herkenbaarPhase(session, now.toISOString()) !== 'open') continue;
    if (await isParticipant(session)) sessions.push(session);
  }
  const candidates = await titled(
    ctx.db,
    await listHerkenbaarCandidates(
      ctx.db,
      sessions.map((s) => s.id),
    ),
  );
  const secret = await markSecret(ctx.db);
  const keyOf = (dilemmaId: string) => markKey(secret, participant.email, dilemmaId);
  const marked = await findHerkenbaarMarks(
    ctx.db,
    candidates.map((c) => keyOf(c.dilemmaId)),
  );
  return sessions.map((session) => ({
    sessionId: session.id,
    title: session.title,
    startsAt: session.startsAt,
    items: candidates
      .filter((c) => c.sessionId === session.id)
      .map((c) => ({
        dilemmaId: c.dilemmaId,
        title: c.title,
        marked: marked.has(keyOf(c.dilemmaId)),
      })),
  }));
}

/**
 * Sets or takes back this participant's "herkenbaar" on one question. Refused (as if the
 * question did not exist) when they may not see it, and in Dutch once the session started.
 * Setting twice keeps one mark.
 *
 * @example await setHerkenbaar(ctx, ctx.participant, { dilemmaId, herkenbaar: true }) // { marked: true }
 */
export async function setHerkenbaar(
  ctx: Context,
  participant: ParticipantUser,
  input: HerkenbaarMarkInput,
): Promise<{ marked: boolean }> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (tx) => {
    const notOpen = () => toTRPCError({ code: 'DILEMMA.NOT_FOUND', message: NOT_OPEN });
    const candidate = await findHerkenbaarCandidate(tx, input.dilemmaId);
    if (!candidate) throw notOpen();
    const session = await findHerkenbaarSession(tx, candidate.sessionId);
    if (!session) throw notOpen();
    const isParticipant = await participantOf(tx, participant.email, now);
    if (!(await isParticipant(session))) throw notOpen();
    if ((await titled(tx, [candidate])).length === 0) throw notOpen();
    unwrap(checkHerkenbaarOpen(session, now.toISOString()));
    const key = markKey(await markSecret(tx), participant.email, candidate.dilemmaId);
    if (input.herkenbaar) await addHerkenbaarMark(tx, key, candidate.dilemmaId);
    else await removeHerkenbaarMark(tx, key);
    // No audit entry: one would say who marked what, which is the one thing nobody may see.
    return { marked: input.herkenbaar };
  });
}

/**
 * How many participants marked each question of a session "herkenbaar" (0 included for
 * every question of the session), for the coordinators' inventory. Counts only: nothing
 * says who.
 *
 * @example await herkenbaarCounts(ctx, { sessionId }) // [{ dilemmaId, count: 2 }, …]
 */
export async function herkenbaarCounts(
  ctx: Context,
  input: { sessionId: string },
): Promise<HerkenbaarCount[]> {
  const session = await findHerkenbaarSession(ctx.db, input.sessionId);
  if (!session) {
    throw toTRPCError({ code: 'SESSION.NOT_FOUND', message: 'Deze sessie bestaat niet (meer).' });
  }
  const [candidates, counts] = await Promise.all([
    listHerkenbaarCandidates(ctx.db, [session.id]),
    countHerkenbaarMarks(ctx.db, session.id),
  ]);
  const byId = new Map(counts.map((c) => [c.dilemmaId, c.count]));
  return candidates.map((c) => ({ dilemmaId: c.dilemmaId, count: byId.get(c.dilemmaId) ?? 0 }));
}
