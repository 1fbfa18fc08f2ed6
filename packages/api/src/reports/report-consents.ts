import { listConsentsForSubjects, type Executor } from '@jamsessie/db';
import { consentLookupFrom, type ConsentLookup, type Report } from '@jamsessie/domain';

/**
 * The ids whose consent a report depends on: its sections' dilemmas, the dilemmas its quotes
 * belong to, and its reactions.
 */
export function consentSubjectsOf(report: Report): string[] {
  return [
    ...new Set([
      ...report.sections.flatMap((s) => [s.dilemmaId, s.quote?.dilemmaId ?? s.dilemmaId]),
      ...report.reactions.map((r) => r.id),
    ]),
  ];
}

/** The consent lookup for a report, built from the consent history in the database. */
export async function consentLookupForReport(db: Executor, report: Report): Promise<ConsentLookup> {
  return consentLookupFrom(await listConsentsForSubjects(db, consentSubjectsOf(report)));
}
