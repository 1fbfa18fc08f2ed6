import type {
  ProgrammeItemKind,
  ProgrammeRoleKind,
  ProposalStatus,
  Sector,
} from './week.schema.js';

/**
 * Dutch labels of {@link Sector}, as the days were called.
 *
 * @example sectorLabels.zorg // 'Zorg in verpleeghuizen en thuis'
 */
export const sectorLabels: Readonly<Record<Sector, string>> = {
  zorg: 'Zorg in verpleeghuizen en thuis',
  'langdurige-ggz': 'Langdurige ggz',
  zorgonderwijs: 'Zorgonderwijs',
  jeugdzorg: 'Jeugdzorg',
  'voorbij-sectoren': 'Voorbij sectoren',
};

/**
 * Dutch labels of {@link ProgrammeItemKind}.
 *
 * @example programmeItemKindLabels.late_night_show // 'RV Late Nightshow'
 */
export const programmeItemKindLabels: Readonly<Record<ProgrammeItemKind, string>> = {
  plenary: 'Plenaire start',
  inspiration_session: 'Inspiratiesessie',
  late_night_show: 'RV Late Nightshow',
  local_programme: 'Programma op locatie',
};

/**
 * Dutch labels of {@link ProposalStatus}.
 *
 * @example proposalStatusLabels.proposed // 'Voorgesteld'
 */
export const proposalStatusLabels: Readonly<Record<ProposalStatus, string>> = {
  proposed: 'Voorgesteld',
  accepted: 'Geaccepteerd',
  declined: 'Afgewezen',
};

/**
 * Dutch labels of {@link ProgrammeRoleKind}.
 *
 * @example programmeRoleKindLabels.host // 'Presentator'
 */
export const programmeRoleKindLabels: Readonly<Record<ProgrammeRoleKind, string>> = {
  host: 'Presentator',
  guest: 'Gast',
  speaker: 'Spreker',
};
