import { Brand, Link, navigate, SiteNav, useMainFocus } from '@jamsessie/web';
import type { ReactNode } from 'react';
import type { CurrentUser } from '../auth/use-auth';
import { useSignOut } from '../auth/use-auth';
import { paths, type Route } from '../routing/routes';
import { texts } from '../texts';

type Section = { label: string; href: string; routes: Route['name'][]; adminOnly?: boolean };

const sections: Section[] = [
  { label: texts.site.nav.dashboard, href: paths.dashboard(), routes: ['dashboard'] },
  { label: texts.site.nav.plan, href: paths.plan(), routes: ['plan', 'series', 'seriesNew'] },
  {
    label: texts.site.nav.sessions,
    href: paths.sessions(),
    routes: ['sessions', 'session', 'inventory', 'live', 'report'],
  },
  { label: texts.site.nav.week, href: paths.week(), routes: ['week', 'weekEdition'] },
  { label: texts.site.nav.organisations, href: paths.organisations(), routes: ['organisations'] },
  { label: texts.site.nav.people, href: paths.people(), routes: ['people'] },
  { label: texts.site.nav.embed, href: paths.embed(), routes: ['embed'] },
  { label: texts.site.nav.accounts, href: paths.accounts(), routes: ['accounts'], adminOnly: true },
];

/**
 * The frame of every signed-in page: skip link, header with the menu and the signed-in
 * coordinator, the page in `<main>`, a footer. After a client-side navigation the focus moves
 * to `<main>` and the page scrolls up, as after a full page load. The live view gets a slim
 * frame so the facilitator's screen is the session.
 */
export function Layout({
  route,
  user,
  onSignedOut,
  children,
}: {
  route: Route;
  user: CurrentUser;
  onSignedOut: () => void;
  children: ReactNode;
}) {
  const mainRef = useMainFocus();
  const signOut = useSignOut(() => {
    onSignedOut();
    navigate(paths.dashboard());
  });

  const live = route.name === 'live';
  return (
    <div className={live ? 'app app--live' : 'app'}>
      <a className="skip-link" href="#inhoud">
        {texts.site.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Brand name={texts.site.name} tagline={texts.site.tagline} href={paths.dashboard()} />
          {live ? null : (
            <SiteNav
              label={texts.site.navLabel}
              sections={sections
                .filter((section) => !section.adminOnly || user.role === 'admin')
                .map(({ label, href, routes }) => ({
                  label,
                  href,
                  current: routes.includes(route.name),
                }))}
            />
          )}
          <div className="user-menu">
            <span className="user-menu__name">
              <span className="visually-hidden">{texts.site.signedInAs('')}</span>
              {user.displayName}
            </span>
            <Link
              href={paths.password()}
              className="button button--ghost button--small"
              aria-current={route.name === 'password' ? 'page' : undefined}
            >
              {texts.password.changeTitle}
            </Link>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              {texts.site.signOut}
            </button>
          </div>
        </div>
      </header>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className={live ? 'live-main' : 'site-main'}>
        {children}
      </main>
      {live ? null : (
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>{texts.site.footer}</p>
            <p>
              <a href="/">{texts.site.publicSite}</a>
            </p>
          </div>
        </footer>
      )}
    </div>
  );
}
