import { useState } from 'react';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/**
 * The link to the participants' read-only "waar zijn we" screen, to share in the online
 * meeting: opens in a new tab, or is copied.
 */
export function SharePanel({ token }: { token: string }) {
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${paths.share(token)}`;
  return (
    <div className="share-link">
      <a
        className="button button--secondary button--small"
        href={paths.share(token)}
        target="_blank"
        rel="noopener"
      >
        {texts.live.openShare} <span className="visually-hidden">{texts.common.opensInNewTab}</span>
      </a>
      <button
        type="button"
        className="button button--ghost button--small"
        title={texts.live.shareHint}
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {texts.live.copyLink}
      </button>
      <span role="status" className="share-link__status">
        {copied ? texts.live.copied : ''}
      </span>
    </div>
  );
}
