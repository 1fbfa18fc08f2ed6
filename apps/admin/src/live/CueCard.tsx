import { texts } from '../texts';
import type { LiveView } from './live-view';

/**
 * The sentence to read aloud and who is on camera. In step 2 the owner's camera is off:
 * shown with a crossed-out camera and the words, never with colour alone.
 */
export function CueCard({ view }: { view: LiveView }) {
  const { camera } = view;
  return (
    <section className="cue" aria-labelledby="cue-label">
      <h2 className="cue__label" id="cue-label">
        {texts.live.cueLabel}
      </h2>
      <p className="cue__text" data-testid="cue">
        {view.cue}
      </p>
      {view.step !== null ? (
        <div className={`camera ${camera.ownerAway ? 'camera--away' : 'camera--on'}`}>
          <span className="camera__icon" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="28" height="28">
              <path
                d="M3 7h11a2 2 0 0 1 2 2v1.5l4-2.5v8l-4-2.5V15a2 2 0 0 1-2 2H3z"
                fill="currentColor"
              />
              {camera.ownerAway ? (
                <path d="M3 3l18 18" stroke="currentColor" strokeWidth="2.5" />
              ) : null}
            </svg>
          </span>
          <div>
            <p className="camera__title">{texts.live.cameraLabel}</p>
            <p className="camera__who" data-testid="camera">
              {camera.label.charAt(0).toUpperCase() + camera.label.slice(1)}
            </p>
            <p className="camera__owner">
              {camera.ownerAway
                ? texts.live.ownerAway(camera.ownerName)
                : texts.live.ownerBack(camera.ownerName)}
            </p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
