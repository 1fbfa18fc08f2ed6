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
