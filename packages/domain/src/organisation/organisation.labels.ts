import type { MovementSlug, OrganisationKind } from './organisation.schema.js';

/**
 * Dutch names of the movements for the UI.
 *
 * @example movementSlugLabels.zorg // 'Radicale vernieuwing zorg'
 */
export const movementSlugLabels: Readonly<Record<MovementSlug, string>> = {
  zorg: 'Radicale vernieuwing zorg',
  'langdurige-ggz': 'Radicale vernieuwing langdurige ggz',
  zorgonderwijs: 'Radicale vernieuwing zorgonderwijs',
  jeugdzorg: 'Radicale vernieuwing jeugdzorg',
};

/**
 * Dutch labels of {@link OrganisationKind}.
 *
 * @example organisationKindLabels.financier // 'Financier'
 */
export const organisationKindLabels: Readonly<Record<OrganisationKind, string>> = {
  care_organisation: 'Zorgorganisatie',
  loc_member: 'LOC-lid',
  ministry: 'Ministerie',
  financier: 'Financier',
  regulator: 'Toezichthouder',
  inspection: 'Inspectie',
  professional_association: 'Beroepsvereniging',
  foundation: 'Stichting',
  company: 'Bedrijf',
};
