import { currentOrigin } from '@jamsessie/web';
import { subscribeLinks } from './feeds';
import { texts } from '../texts';

/**
 * A calendar feed as two links: `webcal://` (opens the calendar app and subscribes) and
 * the plain address to copy into a calendar that asks for one.
 */
export function SubscribeLink({ path, label }: { path: string; label: string }) {
  const { webcal, web } = subscribeLinks(path, currentOrigin());
  return (
    <p className="subscribe">
      <a className="subscribe__main" href={webcal}>
        <svg
          className="subscribe__icon"
          aria-hidden="true"
          viewBox="0 0 20 20"
          width="18"
          height="18"
        >
          <rect
            x="2.5"
            y="4"
            width="15"
            height="13.5"
            rx="2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
          <path
            d="M2.5 8h15M6.5 2v4M13.5 2v4"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        {label}
      </a>
      <a className="subscribe__copy" href={web} aria-label={`${label}: ${texts.session.httpsCopy}`}>
        {texts.session.httpsCopy}
      </a>
    </p>
  );
}
