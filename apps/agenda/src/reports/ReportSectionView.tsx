import type { ReportOutput } from '../api/api-types';
import { texts } from '../texts';

/** One discussed question of a report: the question (with consent), summary, quote, tips. */
export function ReportSectionView({
  section,
  index,
}: {
  section: ReportOutput['report']['sections'][number];
  index: number;
}) {
  const id = `vraag-${index + 1}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{section.heading}</h2>
      {section.dilemmaText ? (
        <blockquote className="dilemma-quote">
          <p className="dilemma-quote__label">{texts.reports.question}</p>
          <p>{section.dilemmaText}</p>
        </blockquote>
      ) : null}
      {section.summary ? <p>{section.summary}</p> : null}
      {section.quote ? (
        <figure className="pull-quote">
          <blockquote>
            <p>{section.quote.text}</p>
          </blockquote>
        </figure>
      ) : null}
      {section.tips.length > 0 ? (
        <div className="tips">
          <h3>{texts.reports.tips}</h3>
          <ul>
            {section.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {section.takeAways.length > 0 ? (
        <div className="take-aways">
          <h3>{texts.reports.takeAways}</h3>
          <ul>
            {section.takeAways.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
