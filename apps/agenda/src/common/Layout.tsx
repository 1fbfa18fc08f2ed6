import { Brand, Link, SiteNav, useMainFocus } from '@jamsessie/web';
import type { ReactNode } from 'react';
import { paths, type Route } from '../routing/routes';
import { texts } from '../texts';
import { feedPaths } from '@jamsessie/domain';

const sections: { label: string; href: string; routes: Route['name'][] }[] = [
  { label: texts.site.nav.agenda, href: paths.agenda(), routes: ['agenda', 'session', 'dilemma'] },
  { label: texts.site.nav.weekShort, href: paths.weekList(), routes: ['weekList', 'weekEdition'] },
  { label: texts.site.nav.reports, href: paths.reports(), routes: ['reports', 'report'] },
  { label: texts.site.nav.tips, href: paths.tips(), routes: ['tips'] },
  { label: texts.site.nav.participants, href: paths.participants(), routes: ['participants'] },
];

/**
 * The site frame: skip link, header with the main menu, the page in `<main>`, and a footer
 * with contact and feeds. After a client-side navigation the focus moves to `<main>` and the
 * page scrolls up, as after a full page load.
 */
export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const mainRef = useMainFocus();

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {texts.site.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Brand name={texts.site.name} tagline={texts.site.tagline} href={paths.agenda()} />
          <SiteNav
            label={texts.site.navLabel}
            sections={sections.map(({ routes, ...section }) => ({
              ...section,
              current: routes.includes(route.name),
            }))}
          />
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
            {' · '}
            <a href={feedPaths.tipsRss()}>{texts.site.footerTipsFeed}</a>
          </p>
          <p>
            <Link href={paths.myData()}>{texts.site.nav.myData}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
