import type { ConsentLevel, ConsentSubject } from './consent.schema.js';

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
