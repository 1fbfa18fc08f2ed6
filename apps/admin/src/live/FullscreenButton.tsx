import { useEffect, useState } from 'react';
import { texts } from '../texts';

/**
 * Puts the facilitator's screen in full screen (and back). Hidden where the browser cannot.
 */
export function FullscreenButton() {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-pressed={active}
      onClick={() => {
        const request = active
          ? document.exitFullscreen()
          : document.documentElement.requestFullscreen();
        // A refusal (no user gesture, a policy) leaves the page as it is.
        request.catch(() => undefined);
      }}
    >
      {texts.live.fullscreen}
    </button>
  );
}
