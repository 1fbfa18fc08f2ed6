import { Link } from '@jamsessie/web';
import type { SessionOutput } from '../api/api-types';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** Props of {@link SessionReport}. */
export type SessionReportProps = { report: NonNullable<SessionOutput['report']> };

/** The published report of a session: a section on the session page that leads to it. */
export function SessionReport({ report }: SessionReportProps) {
  return (
    <section id="verslag" className="section section--accent" aria-labelledby="verslag-titel">
      <h2 id="verslag-titel">{texts.session.reportTitle}</h2>
      <p>{texts.session.reportText}</p>
      <p>
        <Link className="report-link" href={paths.report(report.slug)}>
          {texts.session.reportLink(report.title)}
        </Link>
      </p>
    </section>
  );
}
