import { Brand } from '@jamsessie/web';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../common/web-kit';
import { texts } from '../texts';

/**
 * The frame of the screens outside the app (signing in, a forgotten password, choosing one's
 * own password): the brand, one card with the page's h1, and the footer.
 */
export function AuthShell({
  title,
  lead,
  children,
}: {
  title: string;
  lead: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="signin">
      <a className="skip-link" href="#inhoud">
        {texts.site.skipLink}
      </a>
      <header className="signin__header">
        <Brand name={texts.site.name} tagline={texts.site.tagline} />
      </header>
      <main id="inhoud" className="signin__main" tabIndex={-1}>
        <div className="card signin__card">
          <h1>{title}</h1>
          <p className="lead">{lead}</p>
          {children}
        </div>
      </main>
      <footer className="signin__footer">
        <p>{texts.site.footer}</p>
      </footer>
    </div>
  );
}
