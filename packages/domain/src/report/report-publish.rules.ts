import { err, ok, type Instant, type Result } from '../shared/index.js';
import type { ConsentLookup } from '../people/consent.rules.js';
import {
  describeConsentGaps,
  refreshReportConsents,
  reportConsentGaps,
} from './report-consent.rules.js';
import type { Report } from './report.schema.js';

/** The codes with which {@link publishReport} refuses. */
export type PublishReportError = 'REPORT.ALREADY_PUBLISHED' | 'REPORT.CONSENT_MISSING';

/**
 * Publishes a draft once every quote and reaction is `quotable` and every section that shows
 * a dilemma's text has at least `shareable_anonymised` consent, as recorded now (the lookup
 * wins over the copies in the report, so a withdrawal counts). Refuses with
 * `REPORT.CONSENT_MISSING` and `details.missing: [{ kind, id, excerpt, needed, current }]`
 * and a Dutch message naming each piece; refuses a second publication with
 * `REPORT.ALREADY_PUBLISHED`. The published report carries the refreshed consent copies.
 * The repository bumps `version` when it stores the result.
 *
 * @example
 * const r = publishReport(draft, consentLookupFrom(records), now);
 * if (!r.ok && r.error.code === 'REPORT.CONSENT_MISSING') show(r.error.message);
 */
export function publishReport(
  report: Report,
  consentLookup: ConsentLookup,
  now: Instant,
): Result<Report, PublishReportError> {
  if (report.status === 'published') {
    return err('REPORT.ALREADY_PUBLISHED', 'Dit verslag is al gepubliceerd.', {
      reportId: report.id,
      publishedAt: report.publishedAt,
    });
  }
  const refreshed = refreshReportConsents(report, consentLookup);
  const missing = reportConsentGaps(refreshed);
  if (missing.length > 0) {
    return err('REPORT.CONSENT_MISSING', describeConsentGaps(missing, refreshed), {
      reportId: report.id,
      missing,
    });
  }
  return ok({ ...refreshed, status: 'published', publishedAt: now });
}
