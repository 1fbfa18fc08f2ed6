import { err, ok, type Instant, type Result } from '../shared/index.js';
import type { ConsentLookup } from '../people/consent.rules.js';
import {
  describeConsentGaps,
  refreshReportConsents,
  reportConsentGaps,
} from './report-consent.rules.js';
import type { Report } from './report.schema.js';
import { clientNameRefusalMessage } from '../dilemma/client-name-fields.rules.js';
import { reportClientNameHits } from './report-client-names.rules.js';

/** The codes with which {@link publishReport} refuses. */
export type PublishReportError =
  'REPORT.ALREADY_PUBLISHED' | 'REPORT.CONSENT_MISSING' | 'REPORT.CLIENT_NAMES';

/**
 * Whether a report, as it would be published, is fit for the public: every consent it needs
 * (`REPORT.CONSENT_MISSING`), and no passage that may identify a client unless a coordinator
 * marked it "geen cliëntgegeven" (`REPORT.CLIENT_NAMES`, with `details.hits` and a Dutch
 * message listing each hit by field, kind and snippet). Publishing a draft and publishing the
 * changes to a published report both run it. Returns the report with refreshed consents.
 *
 * @example const r = checkReportForPublic(workingCopy, lookup, cleared);
 */
export function checkReportForPublic(
  report: Report,
  consentLookup: ConsentLookup,
  cleared: ReadonlySet<string> = new Set(),
): Result<Report, 'REPORT.CONSENT_MISSING' | 'REPORT.CLIENT_NAMES'> {
  const refreshed = refreshReportConsents(report, consentLookup);
  const missing = reportConsentGaps(refreshed);
  if (missing.length > 0) {
    return err('REPORT.CONSENT_MISSING', describeConsentGaps(missing, refreshed), {
      reportId: report.id,
      missing,
    });
  }
  const hits = reportClientNameHits(refreshed, cleared);
  if (hits.length > 0) {
    return err('REPORT.CLIENT_NAMES', clientNameRefusalMessage(hits), {
      reportId: report.id,
      hits,
    });
  }
  return ok(refreshed);
}

/**
 * Publishes a draft once every quote and reaction is `quotable` and every section that shows
 * a dilemma's text has at least `shareable_anonymised` consent, as recorded now (the lookup
 * wins over the copies in the report, so a withdrawal counts). Refuses with
 * `REPORT.CONSENT_MISSING` and `details.missing: [{ kind, id, excerpt, needed, current }]`
 * and a Dutch message naming each piece; refuses a passage that may identify a client with
 * `REPORT.CLIENT_NAMES` (see {@link checkReportForPublic}); refuses a second publication with
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
  cleared: ReadonlySet<string> = new Set(),
): Result<Report, PublishReportError> {
  if (report.status === 'published') {
    return err('REPORT.ALREADY_PUBLISHED', 'Dit verslag is al gepubliceerd.', {
      reportId: report.id,
      publishedAt: report.publishedAt,
    });
  }
  const checked = checkReportForPublic(report, consentLookup, cleared);
  if (!checked.ok) return checked;
  return ok({ ...checked.value, status: 'published', publishedAt: now });
}
