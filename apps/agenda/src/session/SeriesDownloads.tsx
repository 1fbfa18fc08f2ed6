import { SeriesDocumentKind } from '@jamsessie/domain';
import { downloadPath } from '../common/feeds';
import { texts } from '../texts';

/** Props of {@link SeriesDownloads}. */
export type SeriesDownloadsProps = {
  seriesSlug: string;
  documents: readonly { kind: SeriesDocumentKind; title: string }[];
};

/**
 * The series' documents to download and share: schedule, description and invitation, as PDFs
 * served by the server. A document's own title is shown where the series names one.
 */
export function SeriesDownloads({ seriesSlug, documents }: SeriesDownloadsProps) {
  return (
    <section className="panel" aria-labelledby="documenten-titel">
      <h2 id="documenten-titel" className="panel__title">
        {texts.session.downloadsTitle}
      </h2>
      <p>{texts.session.downloadsText}</p>
      <ul className="downloads">
        {SeriesDocumentKind.options.map((kind) => {
          const own = documents.find((document) => document.kind === kind);
          return (
            <li key={kind}>
              <a href={downloadPath(seriesSlug, kind)} download>
                <span className="downloads__icon" aria-hidden="true">
                  PDF
                </span>
                <span>
                  <span className="downloads__title">
                    {own?.title ?? texts.session.downloads[kind]}
                  </span>
                  {own ? (
                    <span className="downloads__kind">{texts.session.downloads[kind]}</span>
                  ) : null}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
