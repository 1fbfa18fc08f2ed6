import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from '../routing/Link';
import { useLocation } from '../routing/history';
import { paths, type Route } from '../routing/routes';
import { texts } from '../texts';
import { feedPaths } from '@jamsessie/domain';

const sections: { label: string; href: string; routes: Route['name'][] }[] = [
  { label: texts.site.nav.agenda, href: paths.agenda(), routes: ['agenda', 'session', 'dilemma'] },
  { label: texts.site.nav.weekShort, href: paths.weekList(), routes: ['weekList', 'weekEdition'] },
  { label: texts.site.nav.reports, href: paths.reports(), routes: ['reports', 'report'] },
  { label: texts.site.nav.participants, href: paths.participants(), routes: ['participants'] },
];

/**
 * The site frame: skip link, header with the main menu, the page in `<main>`, and a footer
 * with contact and feeds. After a client-side navigation the focus moves to `<main>` and the
 * page scrolls up, as after a full page load.
 */
export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!window.location.hash) window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {texts.site.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" href={paths.agenda()}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__text">
              <span className="brand__name">{texts.site.name}</span>
              <span className="brand__tagline">{texts.site.tagline}</span>
            </span>
          </Link>
          <nav aria-label={texts.site.navLabel} className="site-nav">
            <ul>
              {sections.map((section) => (
                <li key={section.href}>
                  <Link
                    href={section.href}
                    aria-current={section.routes.includes(route.name) ? 'page' : undefined}
                  >
                    {section.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p className="site-footer__about">{texts.site.footerAbout}</p>
          <p>
            {texts.site.footerContact}{' '}
            <a href={`mailto:${texts.site.contactEmail}`}>{texts.site.contactEmail}</a>
          </p>
          <p className="site-footer__feeds">
            <span>{texts.site.footerFeeds}:</span>{' '}
            <a href={feedPaths.agenda()}>{texts.site.footerAgendaFeed}</a>
            {' · '}
            <a href={feedPaths.reportsRss()}>{texts.site.footerReportsFeed}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
