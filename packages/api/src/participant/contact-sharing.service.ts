import { randomUUID } from 'node:crypto';
import {
  appendConsent,
  findPersonByEmail,
  findSessionById,
  listAttendedSessionIds,
  listContactSharingConsents,
  type Executor,
} from '@jamsessie/db';
import { currentContactChoice, type Person } from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context, ParticipantUser } from '../context.js';
import { toTRPCError } from '../errors.js';

/** The Dutch refusal for a session the participant did not attend (or that has not begun). */
export const NOT_YOUR_SESSION =
  'Je kunt alleen kiezen voor een sessie waarbij je was, en pas nadat die begonnen is.';

/** One attended session with the participant's current choice to share their address. */
export type MyContactChoice = {
  sessionId: string;
  title: string;
  startsAt: string;
  /** The current choice, by anyone: true shares, false not, null never chosen. */
  shares: boolean | null;
  /** Whether the current choice is the participant's own (only then is a yes acted on, see `sharingConfirmed`). */
  confirmed: boolean;
};

/**
 * The sessions the participant attended that have begun, newest first, each with their
 * current choice to share their address and whether they confirmed it themselves.
 *
 * @example await listMyContactChoices(db, person, now)
 */
export async function listMyContactChoices(
  db: Executor,
  person: Person | undefined,
  now: Date,
): Promise<MyContactChoice[]> {
  if (!person) return [];
  const choices: MyContactChoice[] = [];
  for (const sessionId of await listAttendedSessionIds(db, person.id)) {
    const session = await findSessionById(db, sessionId);
    if (!session || session.startsAt > now.toISOString()) continue;
    const records = await listContactSharingConsents(db, [person.id], sessionId);
    const choice = currentContactChoice(records, person.id, sessionId);
    choices.push({
      sessionId,
      title: session.title,
      startsAt: session.startsAt,
      shares: choice?.granted ?? null,
      confirmed: choice?.method === 'confirmed_email',
    });
  }
  return choices.reverse();
}

/**
 * The participant's own choice to share their address with the others of a session they
 * attended (after it began): a consent record given by the person, by confirmed e-mail. Only
 * such a yes puts them on the contact lists (`sharingConfirmed`).
 *
 * @example await setMyContactSharing(ctx, ctx.participant, { sessionId, shares: true })
 */
export async function setMyContactSharing(
  ctx: Context,
  participant: ParticipantUser,
  input: { sessionId: string; shares: boolean },
): Promise<MyContactChoice> {
  return ctx.db.transaction().execute(async (tx) => {
    const person = await findPersonByEmail(tx, participant.email);
    const session = await findSessionById(tx, input.sessionId);
    const attended = person ? await listAttendedSessionIds(tx, person.id) : [];
    if (
      !person ||
      !session ||
      !attended.includes(session.id) ||
      session.startsAt > ctx.now().toISOString()
    ) {
      throw toTRPCError({ code: 'CONTACTS.NOT_FOUND', message: NOT_YOUR_SESSION });
    }
    const record = await appendConsent(tx, {
      id: randomUUID(),
      personId: person.id,
      subject: 'contact_sharing',
      subjectId: session.id,
      granted: input.shares,
      at: ctx.now().toISOString(),
      by: null,
      method: 'confirmed_email',
    });
    await audit(ctx, tx, {
      action: 'consent.record_by_person',
      entity: 'consent',
      entityId: record.id,
      details: { personId: person.id, subject: 'contact_sharing', subjectId: session.id },
    });
    return {
      sessionId: session.id,
      title: session.title,
      startsAt: session.startsAt,
      shares: input.shares,
      confirmed: true,
    };
  });
}
