import type { ErasurePlan, PersonRelated, ProtocolState } from '@jamsessie/domain';
import { listConsentsOfPerson, deleteConsents } from './consent.repository.js';
import { listDilemmasOfOwner } from './dilemma.repository.js';
import { findPersonById } from './person.repository.js';
import { listProtocolRunsWithDilemmas } from './protocol-run.repository.js';
import { listReportsInvolving } from './report.repository.js';
import { deleteReportRevisionsInvolving } from './report-revision.repository.js';
import { toJson, type Executor } from './repository.helpers.js';
import { deleteSubscriptionsOf } from './subscription.repository.js';
import { deletePersonalFeed } from './personal-feed.repository.js';

/**
 * Everything stored around a person, in the shape `exportPersonData` and `erasePerson` take:
 * their organisation's name, consent history, own dilemmas, the reports that involve them and
 * the protocol runs that name their dilemmas. Undefined when the person does not exist.
 *
 * @example
 * const related = await loadPersonRelated(db, id);
 * const plan = erasePerson(related.person, related);
 */
export async function loadPersonRelated(db: Executor, personId: string) {
  const person = await findPersonById(db, personId);
  if (!person) return undefined;
  const organisation = person.organisationId
    ? await db
        .selectFrom('organisation')
        .select('name')
        .where('id', '=', person.organisationId)
        .executeTakeFirst()
    : undefined;
  const consentRecords = await listConsentsOfPerson(db, personId);
  const dilemmas = await listDilemmasOfOwner(db, personId);
  const dilemmaIds = dilemmas.map((d) => d.id);
  const reports = await listReportsInvolving(db, personId, dilemmaIds);
  const runs = await listProtocolRunsWithDilemmas(db, dilemmaIds);
  const related: PersonRelated & { protocols: ProtocolState[] } = {
    organisationName: organisation?.name ?? null,
    consentRecords,
    dilemmas,
    reports,
    protocols: runs.map((r) => r.state),
  };
  return { person, ...related };
}

/**
 * Carries out an `erasePerson` plan: stores the anonymised dilemmas, reports and run states
 * (bypassing version checks: erasure on request wins over concurrent edits), deletes the
 * consent records, the working copies of reports that involve them, the person's
 * subscriptions and the person (attendance goes with them).
 * Call it inside one transaction.
 */
export async function applyErasurePlan(db: Executor, plan: ErasurePlan): Promise<void> {
  const person = await findPersonById(db, plan.personId);
  for (const d of plan.dilemmas) {
    await db
      .updateTable('dilemma')
      .set((eb) => ({
        owner_id: d.ownerId,
        owner_name: d.ownerName,
        consent: d.consent,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', d.id)
      .execute();
  }
  for (const r of plan.reports) {
    await db
      .updateTable('report')
      .set((eb) => ({ sections: toJson(r.sections), version: eb('version', '+', 1) }))
      .where('id', '=', r.id)
      .execute();
    for (const reaction of r.reactions) {
      await db
        .updateTable('reaction')
        .set({ author_id: reaction.authorId, consent: reaction.consent })
        .where('id', '=', reaction.id)
        .execute();
    }
  }
  for (const state of plan.protocols) {
    await db
      .updateTable('protocol_run')
      .set((eb) => ({ state: toJson(state), version: eb('version', '+', 1) }))
      .where('session_id', '=', state.sessionId)
      .execute();
  }
  await deleteReportRevisionsInvolving(
    db,
    plan.personId,
    plan.dilemmas.map((d) => d.id),
  );
  await deleteConsents(db, plan.consentRecordIds);
  if (person?.email) {
    await deleteSubscriptionsOf(db, person.email);
    await deletePersonalFeed(db, person.email);
  }
  await db.deleteFrom('person').where('id', '=', plan.personId).execute();
}
