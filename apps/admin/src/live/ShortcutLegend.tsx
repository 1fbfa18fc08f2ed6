import { texts } from '../texts';
import { shortcutLegend } from './shortcuts';

/** The always-visible legend of the keys, so nobody has to remember them. */
export function ShortcutLegend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {texts.live.legendTitle}
      </h2>
      <dl className="legend__list">
        {shortcutLegend.map(({ action, keys }) => (
          <div key={action} className="legend__item">
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 ? <span className="legend__or"> of </span> : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{texts.live.shortcutNames[action]}</dd>
          </div>
        ))}
      </dl>
      <p className="legend__note">{texts.live.legendNote}</p>
    </section>
  );
}
