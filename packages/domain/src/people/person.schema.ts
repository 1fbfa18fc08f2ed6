import { z } from 'zod';
import { Email, Id, Version, requiredText } from '../shared/index.js';

/**
 * The name that replaces a person's name once they are erased, in reports and protocol runs.
 *
 * @example ERASED_NAME // 'Deelnemer'
 */
export const ERASED_NAME = 'Deelnemer';

/**
 * A participant or coordinator, with as little personal data as the platform needs: a display
 * name, an optional e-mail address (for the meeting link and contact sharing) and the
 * organisation they come from (for eligibility).
 *
 * @example Person.parse({ id, displayName: 'Fenna', email: 'fenna@zorg.example', organisationId: null, isLocMember: false, version: 1 })
 */
export const Person = z.object({
  id: Id,
  displayName: requiredText(120),
  email: Email.nullable(),
  organisationId: Id.nullable(),
  isLocMember: z.boolean(),
  version: Version,
});
/** A participant or coordinator. */
export type Person = z.infer<typeof Person>;

/**
 * What is filled in to create a person (the id is passed in separately).
 *
 * @example PersonInput.parse({ displayName: 'Fenna', email: null, organisationId: null, isLocMember: true })
 */
export const PersonInput = Person.omit({ id: true, version: true });
/** Person create input. */
export type PersonInput = z.infer<typeof PersonInput>;

/**
 * A partial update of a person with the version it was based on.
 *
 * @example PersonUpdate.parse({ id, version: 3, email: 'nieuw@zorg.example' })
 */
export const PersonUpdate = PersonInput.partial().extend({ id: Id, version: Version });
/** Person update input. */
export type PersonUpdate = z.infer<typeof PersonUpdate>;

/**
 * Someone who attended a session, with the name of their organisation resolved for display.
 *
 * @example Attendee.parse({ person, organisationName: 'Zorggroep De Linde' })
 */
export const Attendee = z.object({
  person: Person,
  organisationName: z.string().nullable(),
});
/** A session attendee. */
export type Attendee = z.infer<typeof Attendee>;
