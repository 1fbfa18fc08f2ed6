import { z } from 'zod';
import {
  HttpsUrl,
  Id,
  LocalDate,
  Slug,
  Version,
  requiredText,
  optionalText,
} from '../shared/index.js';

/**
 * The slugs of the four renewal movements (Radicale vernieuwing zorg, langdurige ggz,
 * zorgonderwijs, jeugdzorg). Days of the inspiration week refer to them.
 *
 * @example MovementSlug.parse('langdurige-ggz')
 */
export const MovementSlug = z.enum(['zorg', 'langdurige-ggz', 'zorgonderwijs', 'jeugdzorg'], {
  error: 'Kies een beweging: zorg, langdurige ggz, zorgonderwijs of jeugdzorg.',
});
/** One of the four movement slugs. */
export type MovementSlug = z.infer<typeof MovementSlug>;

/**
 * A renewal movement ("beweging"). The slug is usually one of {@link MovementSlug}.
 *
 * @example Movement.parse({ id, slug: 'zorg', name: 'Radicale vernieuwing zorg', shortName: 'RV zorg', description: '…', startedYear: 2016, version: 1 })
 */
export const Movement = z.object({
  id: Id,
  slug: Slug,
  name: requiredText(200),
  shortName: requiredText(60),
  description: optionalText(5000),
  startedYear: z
    .number()
    .int({ error: 'Vul een jaartal in.' })
    .min(1990, { error: 'Vul een jaartal vanaf 1990 in.' })
    .max(2100, { error: 'Vul een jaartal tot 2100 in.' })
    .optional(),
  version: Version,
});
/** A renewal movement. */
export type Movement = z.infer<typeof Movement>;
/** What a coordinator fills in to create a movement (the id is passed in separately). */
export const MovementInput = Movement.omit({ id: true, version: true });
/** Movement create input. */
export type MovementInput = z.infer<typeof MovementInput>;
/** A partial update of a movement with the version it was based on. */
export const MovementUpdate = MovementInput.partial().extend({ id: Id, version: Version });
/** Movement update input. */
export type MovementUpdate = z.infer<typeof MovementUpdate>;

/**
 * The kinds of organisation in the source texts (care organisation, ministry VWS, CZ
 * zorgkantoor as financier, NZa as regulator, the inspection, V&VN, foundations, companies).
 *
 * @example OrganisationKind.parse('care_organisation')
 */
export const OrganisationKind = z.enum(
  [
    'care_organisation',
    'loc_member',
    'ministry',
    'financier',
    'regulator',
    'inspection',
    'professional_association',
    'foundation',
    'company',
  ],
  { error: 'Kies een soort organisatie.' },
);
/** A kind of organisation. */
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/**
 * An e-mail domain such as 'zorggroep-voorbeeld.nl' (lowercased; no '@').
 *
 * @example EmailDomain.parse(' Zorg.NL ') // 'zorg.nl'
 */
export const EmailDomain = z
  .string({ error: 'Vul een e-maildomein in.' })
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, {
    error: 'Vul een domein in zoals zorgorganisatie.nl (zonder @).',
  });
/** An e-mail domain. */
export type EmailDomain = z.infer<typeof EmailDomain>;

/**
 * An organisation. `emailDomains` decides who may receive a series' meeting link.
 *
 * @example Organisation.parse({ id, slug: 'zorggroep-de-linde', name: 'Zorggroep De Linde', kind: 'care_organisation', emailDomains: ['delinde.nl'], version: 1 })
 */
export const Organisation = z.object({
  id: Id,
  slug: Slug,
  name: requiredText(200),
  kind: OrganisationKind,
  website: HttpsUrl.optional(),
  emailDomains: z.array(EmailDomain).max(20, { error: 'Hoogstens 20 domeinen.' }),
  city: optionalText(100).optional(),
  version: Version,
});
/** An organisation. */
export type Organisation = z.infer<typeof Organisation>;
/** What a coordinator fills in to create an organisation. */
export const OrganisationInput = Organisation.omit({ id: true, version: true });
/** Organisation create input. */
export type OrganisationInput = z.infer<typeof OrganisationInput>;
/** A partial update of an organisation with the version it was based on. */
export const OrganisationUpdate = OrganisationInput.partial().extend({ id: Id, version: Version });
/** Organisation update input. */
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

/**
 * An organisation taking part in a movement over a period (both ends inclusive; `until`
 * null means still participating). Check the order of the dates with `participationPeriodError`.
 *
 * @example Participation.parse({ id, organisationId, movementId, from: '2016-01-01', until: null, version: 1 })
 */
export const Participation = z.object({
  id: Id,
  organisationId: Id,
  movementId: Id,
  from: LocalDate,
  until: LocalDate.nullable(),
  version: Version,
});
/** A participation period. */
export type Participation = z.infer<typeof Participation>;
/** Participation create input. */
export const ParticipationInput = Participation.omit({ id: true, version: true });
/** Participation create input. */
export type ParticipationInput = z.infer<typeof ParticipationInput>;
/** A partial update of a participation (typically setting `until`) with the version it was based on. */
export const ParticipationUpdate = ParticipationInput.partial().extend({
  id: Id,
  version: Version,
});
/** Participation update input. */
export type ParticipationUpdate = z.infer<typeof ParticipationUpdate>;

/**
 * A team inside a movement, e.g. VVLG, which owns the 2025 jam-session series.
 *
 * @example ActionTeam.parse({ id, slug: 'vvlg', name: 'Vrijheid en veiligheid voor het levensgeluk van cliënten', shortName: 'VVLG', movementId, version: 1 })
 */
export const ActionTeam = z.object({
  id: Id,
  slug: Slug,
  name: requiredText(200),
  shortName: requiredText(30),
  movementId: Id,
  version: Version,
});
/** An action team. */
export type ActionTeam = z.infer<typeof ActionTeam>;
/** Action-team create input. */
export const ActionTeamInput = ActionTeam.omit({ id: true, version: true });
/** Action-team create input. */
export type ActionTeamInput = z.infer<typeof ActionTeamInput>;
/** A partial update of an action team with the version it was based on. */
export const ActionTeamUpdate = ActionTeamInput.partial().extend({ id: Id, version: Version });
/** Action-team update input. */
export type ActionTeamUpdate = z.infer<typeof ActionTeamUpdate>;
