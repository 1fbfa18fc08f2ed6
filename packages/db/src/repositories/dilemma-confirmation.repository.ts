import type { ConsentLevel, Dilemma } from '@jamsessie/domain';
import { dilemmaFromRow } from './dilemma.repository.js';
import { dbNow, nextVersion, type Executor } from './repository.helpers.js';

/**
 * Holds a just-inserted dilemma unconfirmed: it waits for `email` to prove itself, with the
 * consent level the form chose kept aside (the dilemma itself stays private, without owner).
 */
export async function holdDilemmaUnconfirmed(
  db: Executor,
  dilemmaId: string,
  email: string,
  requestedConsent: ConsentLevel,
): Promise<void> {
  await db
    .updateTable('dilemma')
    .set({ unconfirmed_email: email, requested_consent: requestedConsent })
    .where('id', '=', dilemmaId)
    .execute();
}

/**
 * Confirms a dilemma waiting for `email`: attaches it to `ownerId` and gives it the consent
 * level chosen on the form, in one statement; undefined when it is not (any more) waiting for
 * this address. Returns the confirmed dilemma.
 */
export async function confirmUnconfirmedDilemma(
  db: Executor,
  dilemmaId: string,
  email: string,
  ownerId: string,
): Promise<Dilemma | undefined> {
  const row = await db
    .updateTable('dilemma')
    .set((eb) => ({
      owner_id: ownerId,
      consent: eb.fn.coalesce('requested_consent', eb.val('private')),
      unconfirmed_email: null,
      requested_consent: null,
      version: nextVersion,
      updated_at: dbNow,
    }))
    .where('id', '=', dilemmaId)
    .where('unconfirmed_email', '=', email)
    .returningAll()
    .executeTakeFirst();
  return row && dilemmaFromRow(row);
}

/** Which of these dilemmas still wait for confirmation (coordinators see them as "onbevestigd"). */
export async function listUnconfirmedDilemmaIds(
  db: Executor,
  dilemmaIds: readonly string[],
): Promise<Set<string>> {
  if (dilemmaIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('dilemma')
    .select('id')
    .where('id', 'in', [...dilemmaIds])
    .where('unconfirmed_email', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Housekeeping: deletes unconfirmed dilemmas submitted before `cutoff` (ISO). One that the
 * protocol already chose or discussed stays (unattached and private): deleting it would take
 * the session's notes with it.
 */
export async function deleteUnconfirmedDilemmasBefore(
  db: Executor,
  cutoff: string,
): Promise<number> {
  const result = await db
    .deleteFrom('dilemma')
    .where('unconfirmed_email', 'is not', null)
    .where('submitted_at', '<', cutoff)
    .where('status', 'in', ['inventoried', 'parked'])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes every dilemma still waiting for this address (the address's owner erased themselves). */
export async function deleteUnconfirmedDilemmasOf(db: Executor, email: string): Promise<number> {
  const result = await db
    .deleteFrom('dilemma')
    .where('unconfirmed_email', '=', email)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
