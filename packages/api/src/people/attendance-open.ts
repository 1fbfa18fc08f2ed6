import { findProtocolRunBySession, type Executor } from '@jamsessie/db';
import { mayRecordAttendance, type Session } from '@jamsessie/domain';
import { unwrap } from '../errors.js';

/**
 * Whether attendance of the session may be recorded at `now` (the domain's
 * `mayRecordAttendance`: from the live run's start, or the session's start without a run).
 *
 * @example if (await attendanceOpen(tx, session, now)) showParticipantsForm();
 */
export async function attendanceOpen(
  db: Executor,
  session: Pick<Session, 'id' | 'status' | 'startsAt'>,
  now: Date,
): Promise<boolean> {
  const run = await findProtocolRunBySession(db, session.id);
  return mayRecordAttendance(session, run?.state, now.toISOString()).ok;
}

/**
 * Refuses (`ATTENDANCE.TOO_EARLY`, `SESSION.CANCELLED`) recording attendance or sending the
 * contact lists before the domain's `mayRecordAttendance` allows it.
 *
 * @example await refuseUntilAttendanceOpen(tx, session, ctx.now());
 */
export async function refuseUntilAttendanceOpen(
  db: Executor,
  session: Pick<Session, 'id' | 'status' | 'startsAt'>,
  now: Date,
): Promise<void> {
  const run = await findProtocolRunBySession(db, session.id);
  unwrap(mayRecordAttendance(session, run?.state, now.toISOString()));
}
