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

/**
 * What coordinators see beside a dilemma from the public form whose address has not been
 * confirmed yet: it belongs to nobody and no consent counts until the mailed link is followed.
 *
 * @example UNCONFIRMED_DILEMMA_LABEL // 'onbevestigd'
 */
export const UNCONFIRMED_DILEMMA_LABEL = 'onbevestigd';

/** The explanation beside {@link UNCONFIRMED_DILEMMA_LABEL}, for a coordinator. */
export const UNCONFIRMED_DILEMMA_HINT =
  'De inbrenger heeft het e-mailadres nog niet bevestigd: de vraag hoort nog bij niemand en telt als privé.';
