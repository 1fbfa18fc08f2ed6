import type { Executor } from '@jamsessie/db';
import {
  forgetQueuedMail,
  applyErasurePlan,
  deleteParticipantAccessOf,
  deleteUnconfirmedDilemmasOf,
  listAttendedSessionIds,
  listSubscriptionsOf,
  loadPersonRelated,
} from '@jamsessie/db';
import { erasePerson, exportPersonData } from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { found } from '../shared/admin.helpers.js';

/** The Dutch refusal for a person who does not exist (any more). */
export const PERSON_NOT_FOUND = 'Deze persoon bestaat niet (meer).';

/** Who asked for an export or erasure: a coordinator, or the person on their own page. */
export type PersonDataRequester = 'coordinator' | 'person';

/**
 * Everything held about a person, as JSON (the domain's `exportPersonData`, plus attendance
 * and mail subscriptions): one content whether a coordinator or the person asks. Audited.
 * Call it inside a transaction.
 *
 * @example const data = await exportPersonRecord(ctx, tx, personId, 'person');
 */
export async function exportPersonRecord(
  ctx: Context,
  tx: Executor,
  personId: string,
  requestedBy: PersonDataRequester,
) {
  const related = found(await loadPersonRelated(tx, personId), 'PERSON', PERSON_NOT_FOUND);
  const data = exportPersonData(related.person, related);
  const subscriptions = related.person.email
    ? await listSubscriptionsOf(tx, related.person.email)
    : [];
  const attendedSessionIds = await listAttendedSessionIds(tx, related.person.id);
  await audit(ctx, tx, {
    action: 'person.export',
    entity: 'person',
    entityId: related.person.id,
    details: { requestedBy },
  });
  return {
    ...data,
    attendedSessionIds,
    subscriptions: subscriptions.map((s) => ({
      targetKind: s.targetKind,
      targetId: s.targetId,
      confirmedAt: s.confirmedAt,
      createdAt: s.createdAt,
    })),
    exportedAt: ctx.now().toISOString(),
  };
}

/**
 * Erases a person on request (the domain's `erasePerson`): reports and dilemmas keep their
 * text with the person's references removed and their name replaced by "Deelnemer"; consent
 * records, subscriptions, attendance, unsent mail to or about them, dilemmas still waiting for
 * their confirmation, their page sessions and links, and the person go. Texts that still
 * mention the name are returned for a coordinator to check by hand. Audited; one content
 * whether a coordinator or the person asks. Call it inside a transaction.
 *
 * @example const result = await erasePersonRecord(ctx, tx, personId, 'coordinator');
 */
export async function erasePersonRecord(
  ctx: Context,
  tx: Executor,
  personId: string,
  requestedBy: PersonDataRequester,
) {
  const related = found(await loadPersonRelated(tx, personId), 'PERSON', PERSON_NOT_FOUND);
  const plan = erasePerson(related.person, related);
  await applyErasurePlan(tx, plan);
  const email = related.person.email;
  // Unsent mail to them or naming their address (a queued contact list) goes too.
  const unsentMail = email ? await forgetQueuedMail(tx, email) : 0;
  const unconfirmedDilemmas = email ? await deleteUnconfirmedDilemmasOf(tx, email) : 0;
  if (email) await deleteParticipantAccessOf(tx, email);
  await audit(ctx, tx, {
    action: 'person.erase',
    entity: 'person',
    entityId: plan.personId,
    details: {
      requestedBy,
      consentRecords: plan.consentRecordIds.length,
      dilemmas: plan.dilemmas.map((d) => d.id),
      reports: plan.reports.map((r) => r.id),
      runs: plan.protocols.map((p) => p.sessionId),
      textsToCheck: plan.textsToCheck.length,
      unsentMail,
      unconfirmedDilemmas,
    },
  });
  return {
    personId: plan.personId,
    anonymised: {
      dilemmas: plan.dilemmas.length,
      reports: plan.reports.length,
      runs: plan.protocols.length,
    },
    consentRecordsDeleted: plan.consentRecordIds.length,
    textsToCheck: plan.textsToCheck,
  };
}
