import { protocolSteps } from '@jamsessie/domain';
import { texts } from '../texts';

/** "Wat kun je verwachten?": the round of questions and the three steps, in plain Dutch. */
export function StepProtocol() {
  return (
    <section className="section" aria-labelledby="verwachten-titel">
      <h2 id="verwachten-titel">{texts.session.expectTitle}</h2>
      <p>{texts.session.expectIntro}</p>
      <ol className="steps">
        {protocolSteps.map((step, index) => (
          <li key={step.title} className="steps__item">
            <span className="steps__number" aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <h3 className="steps__title">{step.title}</h3>
              <p>{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
      <p>{texts.session.expectOutro}</p>
    </section>
  );
}
