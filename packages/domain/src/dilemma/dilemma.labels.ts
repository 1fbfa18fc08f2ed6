import type { DilemmaStatus } from './dilemma.schema.js';

/**
 * Dutch labels of the dilemma statuses.
 *
 * @example dilemmaStatusLabels.parked // 'geparkeerd'
 */
export const dilemmaStatusLabels: Readonly<Record<DilemmaStatus, string>> = {
  inventoried: 'geïnventariseerd',
  chosen: 'gekozen',
  discussed: 'besproken',
  parked: 'geparkeerd',
};
