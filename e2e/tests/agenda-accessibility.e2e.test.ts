import { describe, expect, it } from 'vitest';
import { agendaVisitor, EDITION_SLUG, REPORT_SLUG } from '../support/agenda.js';
import { accessibilityViolations, screenshot, viewports } from '../support/browser.js';
import { settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { openPage, reportedSessionSlug, upcomingSessionSlug } = agendaVisitor(site);

describe('every page type is accessible and looks right at 360 and 1280 px', () => {
  const pageTypes: { name: string; path: () => string | Promise<string> }[] = [
    { name: 'agenda', path: () => '/' },
    { name: 'sessie', path: async () => `/agenda/${await upcomingSessionSlug()}` },
    { name: 'sessie-met-verslag', path: async () => `/agenda/${await reportedSessionSlug()}` },
    { name: 'dilemma', path: async () => `/agenda/${await upcomingSessionSlug()}/dilemma` },
    { name: 'week-lijst', path: () => '/week' },
    { name: 'week-editie', path: () => `/week/${EDITION_SLUG}` },
    { name: 'verslagen', path: () => '/verslagen' },
    { name: 'verslag', path: () => `/verslagen/${REPORT_SLUG}` },
    { name: 'deelnemers', path: () => '/deelnemers' },
    { name: 'embed', path: () => '/embed' },
    { name: '404', path: () => '/bestaat-niet' },
    { name: 'abonnement-bevestigen', path: () => '/abonnement/bevestigen?token=e2e-voorbeeld' },
    { name: 'abonnement-afmelden', path: () => '/abonnement/afmelden?token=e2e-voorbeeld' },
  ];

  for (const pageType of pageTypes) {
    it(`${pageType.name}: no axe violations, screenshots taken`, async () => {
      const path = await pageType.path();
      for (const viewport of [viewports.phone, viewports.desktop]) {
        const page = await openPage(path, viewport);
        await settled(page);
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `agenda-${pageType.name}`);
        await page.context().close();
      }
    });
  }
});
