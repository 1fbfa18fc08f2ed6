import { randomUUID } from 'node:crypto';
import {
  findSessionOfProgrammeItem,
  findThemeBySlug,
  insertSession,
  listMovements,
  updateSession,
  takenSessionSlugs,
  type Executor,
} from '@jamsessie/db';
import {
  cancelSession,
  MovementSlug,
  sessionSlug,
  uniqueSlug,
  type ProgrammeItem,
  type Session,
  type WeekDay,
  hasSessionEnded,
  changesCalendar,
} from '@jamsessie/domain';
import { unwrap } from '../errors.js';
import { canonicalJson, saved } from '../shared/admin.helpers.js';

/** The reason shown in the agenda when a programme item is withdrawn. */
export const WITHDRAWN_REASON = 'Dit programmaonderdeel gaat niet door.';

async function agendaTags(tx: Executor, day: WeekDay) {
  const movements = await listMovements(tx);
  const beyond = day.sector === 'voorbij-sectoren';
  const slugs: string[] = beyond ? [...MovementSlug.options] : [day.sector];
  const theme = beyond ? await findThemeBySlug(tx, 'voorbij-sectoren') : undefined;
  return {
    movementIds: movements.filter((m) => slugs.includes(m.slug)).map((m) => m.id),
    themeIds: theme ? [theme.id] : [],
  };
}

function withItem(session: Session, item: ProgrammeItem): Session {
  return {
    ...session,
    title: item.title,
    description: item.description,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    online: item.online,
    location: item.location,
  };
}

async function withdraw(tx: Executor, existing: Session, now: string): Promise<Session> {
  if (existing.status !== 'planned' || hasSessionEnded(existing, now)) return existing;
  const cancelled = unwrap(cancelSession(existing, WITHDRAWN_REASON, now));
  return saved(await updateSession(tx, { ...cancelled, version: existing.version }));
}

/**
 * Keeps the agenda in step with the week's programme (call it in the transaction of the
 * programme change): an accepted item has a `week_item` session with its title and times (a
 * change bumps the ICS sequence; a withdrawn one that comes back is planned again); an item
 * that is no longer accepted has its future session cancelled. Returns the session, if any.
 *
 * @example await syncAgendaSession(tx, item, day, ctx.now().toISOString());
 */
export async function syncAgendaSession(
  tx: Executor,
  item: ProgrammeItem,
  day: WeekDay,
  now: string,
): Promise<Session | null> {
  const existing = await findSessionOfProgrammeItem(tx, item.id);
  if (item.proposalStatus !== 'accepted') {
    return existing ? withdraw(tx, existing, now) : null;
  }
  if (!existing) {
    const base = sessionSlug(item.title, item.startsAt);
    const session: Session = withItem(
      {
        id: randomUUID(),
        slug: uniqueSlug(base, await takenSessionSlugs(tx, base)),
        kind: 'week_item',
        seriesId: null,
        programmeItemId: item.id,
        ...(await agendaTags(tx, day)),
        status: hasSessionEnded(item, now) ? 'held' : 'planned',
        cancellationReason: null,
        meetingLink: null,
        sequence: 0,
        version: 1,
        title: '',
        description: '',
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        online: item.online,
        location: null,
      },
      item,
    );
    return saved(await insertSession(tx, session));
  }
  let next = withItem(existing, item);
  if (existing.status === 'cancelled' && existing.cancellationReason === WITHDRAWN_REASON) {
    next = { ...next, status: 'planned', cancellationReason: null };
  }
  if (canonicalJson(next) === canonicalJson(existing)) return existing;
  const sequence = changesCalendar(existing, next) ? existing.sequence + 1 : existing.sequence;
  return saved(await updateSession(tx, { ...next, sequence, version: existing.version }));
}

/**
 * Cancels the future agenda session of a programme item that is about to be deleted.
 *
 * @example await withdrawAgendaSession(tx, item.id, now);
 */
export async function withdrawAgendaSession(
  tx: Executor,
  programmeItemId: string,
  now: string,
): Promise<void> {
  const existing = await findSessionOfProgrammeItem(tx, programmeItemId);
  if (existing) await withdraw(tx, existing, now);
}
