import { formatDateTime } from '../format/dutch.format.js';
import type { ConsentLevel, ConsentRecord, ConsentSubject } from './consent.schema.js';

/**
 * Dutch labels of the consent levels, as the forms and the admin show them.
 *
 * @example consentLevelLabels.quotable // 'te citeren'
 */
export const consentLevelLabels: Readonly<Record<ConsentLevel, string>> = {
  private: 'privé',
  shareable_anonymised: 'anoniem te delen',
  quotable: 'te citeren',
};

/**
 * Dutch labels of the consent subjects.
 *
 * @example consentSubjectLabels.contact_sharing // 'contactgegevens delen'
 */
export const consentSubjectLabels: Readonly<Record<ConsentSubject, string>> = {
  dilemma: 'vraag of dilemma',
  reaction: 'reactie',
  quote: 'citaat',
  contact_sharing: 'contactgegevens delen',
};

/**
 * How and when a consent was given, in Dutch, for the person's page, their export and the
 * coordinators' consent history: the provenance a record carries.
 *
 * @example consentProvenance({ method: 'confirmed_email', at: '2025-03-03T12:05:00.000Z' })
 * // 'gegeven door de persoon, via bevestigd e-mailadres, op maandag 3 maart 2025, 13.05 uur'
 */
export function consentProvenance(record: Pick<ConsentRecord, 'method' | 'at'>): string {
  const when = formatDateTime(record.at);
  switch (record.method) {
    case 'confirmed_email':
      return `gegeven door de persoon, via bevestigd e-mailadres, op ${when}`;
    case 'coordinator':
      return `door een coördinator vastgelegd namens de persoon, op ${when}`;
    default:
      return `vastgelegd op ${when}`;
  }
}
