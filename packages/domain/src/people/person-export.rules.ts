import type { Dilemma, DilemmaStatus } from '../dilemma/dilemma.schema.js';
import type { Report } from '../report/report.schema.js';
import { consentLevelLabels, consentProvenance, consentSubjectLabels } from './consent.labels.js';
import type {
  ConsentLevel,
  ConsentMethod,
  ConsentRecord,
  ConsentSubject,
} from './consent.schema.js';
import type { Person } from './person.schema.js';

/** What is known around a person, as far as the caller loaded it. */
export type PersonRelated = {
  organisationName?: string | null;
  consentRecords?: readonly ConsentRecord[];
  dilemmas?: readonly Dilemma[];
  reports?: readonly Report[];
};

/** A person's data as handed to them on request (plain JSON, Dutch labels beside codes). */
export type PersonDataExport = {
  format: 'jamsessie-persoonsgegevens/1';
  person: {
    id: string;
    displayName: string;
    email: string | null;
    organisationId: string | null;
    organisation: string | null;
    isLocMember: boolean;
  };
  consents: Array<{
    id: string;
    subject: ConsentSubject;
    subjectLabel: string;
    subjectId: string | null;
    level: ConsentLevel | null;
    levelLabel: string | null;
    granted: boolean | null;
    at: string;
    by: string | null;
    /** How it was given (`ConsentMethod`), null on older records. */
    method: ConsentMethod | null;
    /** The exact text the consent was given for; null when it holds whatever the text. */
    text: string | null;
    /** How and when, in Dutch (see `consentProvenance`). */
    given: string;
  }>;
  dilemmas: Array<{
    id: string;
    sessionId: string;
    text: string;
    followUpQuestions: string[];
    status: DilemmaStatus;
    consent: ConsentLevel;
    submittedAt: string;
  }>;
  reactions: Array<{
    reportId: string;
    reportTitle: string;
    id: string;
    text: string;
    consent: ConsentLevel;
  }>;
  quotes: Array<{
    reportId: string;
    reportTitle: string;
    dilemmaId: string;
    text: string;
    consent: ConsentLevel;
  }>;
};

/**
 * Everything the platform holds about a person, as one JSON-serialisable object: the answer to
 * a data-access request. Only the person's own records, dilemmas, reactions and quotes are
 * included, never other people's data from the same sessions.
 *
 * @example JSON.stringify(exportPersonData(person, { consentRecords, dilemmas, reports }), null, 2)
 */
export function exportPersonData(person: Person, related: PersonRelated = {}): PersonDataExport {
  const mine = (id: string | null) => id === person.id;
  const reports = related.reports ?? [];
  return {
    format: 'jamsessie-persoonsgegevens/1',
    person: {
      id: person.id,
      displayName: person.displayName,
      email: person.email,
      organisationId: person.organisationId,
      organisation: related.organisationName ?? null,
      isLocMember: person.isLocMember,
    },
    consents: (related.consentRecords ?? [])
      .filter((r) => mine(r.personId))
      .map((r) => ({
        id: r.id,
        subject: r.subject,
        subjectLabel: consentSubjectLabels[r.subject],
        subjectId: r.subjectId,
        level: r.subject === 'contact_sharing' ? null : r.level,
        levelLabel: r.subject === 'contact_sharing' ? null : consentLevelLabels[r.level],
        granted: r.subject === 'contact_sharing' ? r.granted : null,
        at: r.at,
        by: r.by ?? null,
        method: r.method ?? null,
        text: r.text ?? null,
        given: consentProvenance(r),
      })),
    dilemmas: (related.dilemmas ?? [])
      .filter((d) => mine(d.ownerId))
      .map((d) => ({
        id: d.id,
        sessionId: d.sessionId,
        text: d.text,
        followUpQuestions: [...d.followUpQuestions],
        status: d.status,
        consent: d.consent,
        submittedAt: d.submittedAt,
      })),
    reactions: reports.flatMap((report) =>
      report.reactions
        .filter((r) => mine(r.authorId))
        .map((r) => ({
          reportId: report.id,
          reportTitle: report.title,
          id: r.id,
          text: r.text,
          consent: r.consent,
        })),
    ),
    quotes: reports.flatMap((report) =>
      report.sections.flatMap((s) =>
        s.quote && mine(s.quote.authorId)
          ? [
              {
                reportId: report.id,
                reportTitle: report.title,
                dilemmaId: s.quote.dilemmaId ?? s.dilemmaId,
                text: s.quote.text,
                consent: s.quote.consent,
              },
            ]
          : [],
      ),
    ),
  };
}
