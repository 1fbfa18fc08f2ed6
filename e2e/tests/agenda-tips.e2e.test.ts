import { describe, expect, it } from 'vitest';
import { agendaVisitor, REPORT_SLUG } from '../support/agenda.js';
import { accessibilityViolations, screenshot, viewports } from '../support/browser.js';
import { settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { openPage } = agendaVisitor(site);

describe('the tips bank and where search matched', () => {
  it('shows the tips of the 3 March 2025 report, axe clean at 360 and 1280 px', async () => {
    for (const viewport of [viewports.phone, viewports.desktop]) {
      const page = await openPage('/tips', viewport);
      await settled(page);
      const text = await page.locator('main').innerText();
      for (const words of ['Open, tenzij', 'zebrapad', 'Een fiets voor het team', 'bankjes'])
        expect(text).toContain(words);
      expect(await page.locator('.tip-card').count()).toBeGreaterThanOrEqual(10);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'agenda-tips');
      await page.context().close();
    }
  });

  it('searches in Dutch with word forms, marks the match, and filters by keyword and theme', async () => {
    const page = await openPage('/tips', viewports.phone);
    await settled(page);
    await page.getByRole('searchbox', { name: 'Zoek in de tips' }).fill('fietsen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=fietsen/);
    await expect.poll(() => page.locator('.tip-card').count()).toBe(1);
    expect(await page.locator('.tip-card mark').allInnerTexts()).toEqual(['fiets']);
    expect(await page.getByRole('status').innerText()).toBe('1 tip');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'agenda-tips-zoeken');

    await page.getByRole('button', { name: 'Wis zoekopdracht en filters' }).click();
    await page.getByLabel('Trefwoord').selectOption('winkeliers');
    await page.waitForURL(/trefwoord=winkeliers/);
    await page.getByLabel('Thema').selectOption('open-deuren');
    await page.waitForURL(/thema=open-deuren/);
    await page.getByText('Geen tips gevonden. Probeer een ander woord').waitFor();
    await page.context().close();
  });

  it('is in the main menu and linked from a report', async () => {
    const page = await openPage(`/verslagen/${REPORT_SLUG}`);
    await settled(page);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Tips' }).getAttribute('href')).toBe('/tips');
    await page.getByRole('link', { name: 'Alle tips uit de Jamsessies, doorzoekbaar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tips uit de Jamsessies' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Tips' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.context().close();
  });

  it('shows in a report search where the word matched, marked (#19 defect 7)', async () => {
    const page = await openPage('/verslagen?zoek=zebrapaden', viewports.phone);
    await settled(page);
    const snippet = page.locator('.report-card__snippet');
    await snippet.first().waitFor();
    expect(await snippet.locator('mark').allInnerTexts()).toEqual(['zebrapad']);
    expect(await snippet.innerText()).not.toMatch(/^Zelfs de carnavalsdagen/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'agenda-verslagen-zoeken');
    await page.context().close();
  });
});
