import type { ReportStatus } from './report.schema.js';

/**
 * Dutch labels of the report statuses.
 *
 * @example reportStatusLabels.published // 'gepubliceerd'
 */
export const reportStatusLabels: Readonly<Record<ReportStatus, string>> = {
  draft: 'concept',
  published: 'gepubliceerd',
};

/** Where in a report a tip of the tips bank stands. */
export type ReportTipKind = 'tip' | 'takeAway' | 'general';

/**
 * Dutch labels of the kinds of tips in the tips bank (`/tips`): a tip from the discussion of
 * a question, what the one who brought the question took away, or a tip for next sessions.
 *
 * @example reportTipKindLabels.takeAway // 'Wat de inbrenger meenam'
 */
export const reportTipKindLabels: Readonly<Record<ReportTipKind, string>> = {
  tip: 'Tip uit het gesprek',
  takeAway: 'Wat de inbrenger meenam',
  general: 'Tip voor volgende Jamsessies',
};
