import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { newContext, viewports } from './browser.js';
import { settled, type TestSite } from './site.js';

/** The demo data's published report and its 2021 edition of the Week. */
export const REPORT_SLUG = 'korte-jamsessies-vrijheid-smaken-naar-meer';
export const EDITION_SLUG = 'week-van-de-radicale-vernieuwing-2021';

/** Opening pages of the public agenda, and the demo sessions the tests start from. */
export function agendaVisitor(site: TestSite) {
  async function openPage(path: string, viewport = viewports.desktop): Promise<Page> {
    const context = await newContext(site.browser, viewport);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}${path}`);
    return page;
  }

  async function firstSessionSlug(agendaPath: string): Promise<string> {
    const page = await openPage(agendaPath);
    await settled(page);
    const href = await page.locator('.month a[href^="/agenda/"]').first().getAttribute('href');
    await page.context().close();
    expect(href).toMatch(/^\/agenda\/[a-z0-9-]+$/);
    return href!.replace('/agenda/', '');
  }

  return {
    openPage,
    /** The first session of 2025: 3 March, whose report has been published. */
    reportedSessionSlug: () => firstSessionSlug('/?jaar=2025&soort=jamsessie'),
    /** The first session in the coming agenda (the demo series runs a year ahead). */
    upcomingSessionSlug: () => firstSessionSlug('/'),
  };
}
