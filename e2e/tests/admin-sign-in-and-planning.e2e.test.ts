import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { testAdmin } from '../support/server.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { signedIn, go } = coordinator(site);

describe('the coordinators’ app in a browser', () => {
  it('shows an anonymous visitor only the sign-in page and sends no data', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const answers: { path: string; body: string }[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/trpc/')) {
        void response.text().then((body) => answers.push({ path: url.pathname, body }));
      }
    });
    for (const path of ['/beheer/', '/beheer/planning', '/beheer/personen']) {
      await page.goto(`${site.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      expect(await page.locator('nav').count()).toBe(0);
      expect(await page.getByLabel('E-mailadres').isVisible()).toBe(true);
    }
    await eventually(() => answers.length).toBeGreaterThanOrEqual(3);
    for (const answer of answers) {
      expect(answer.path).toBe('/trpc/auth.me');
      expect(answer.body).toContain('"user":null');
    }
    expect(await page.title()).toBe('Inloggen · Beheer Jamsessies');
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'admin-signin');
    await page.setViewportSize(viewports.phone);
    await screenshot(page, 'admin-signin');
    await context.close();
  });

  it('refuses a wrong password with a readable message', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/beheer/`);
    await page.getByLabel('E-mailadres').fill(testAdmin.email);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('E-mailadres of wachtwoord klopt niet.');
    await context.close();
  });

  it('plans 2026 from the series rule with the holidays flagged', async () => {
    const { context, page } = await signedIn();
    await go(page, '/beheer/planning/nieuw');
    // The form starts from the jam-session rule: first Monday, 13.00, one hour, two themes.
    expect(await page.getByLabel('Begintijd').inputValue()).toBe('13:00');
    expect(await page.getByLabel('Duur in minuten').inputValue()).toBe('60');
    await page.getByLabel('Titel').fill('Jamsessies proef 2026');
    await page.getByLabel('Eerste datum').fill('2026-01-01');
    await page.getByLabel('Laatste datum').fill('2026-12-31');
    await page.getByRole('button', { name: 'Reeks aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jamsessies proef 2026' }).waitFor();
    await settled(page);
    expect(page.url()).toContain('jaar=2026');
    const february = page.locator('tr[data-date="2026-02-02"]');
    await february.waitFor();
    expect(await february.innerText()).toContain('maandag 2 februari 2026');
    expect(await february.innerText()).toContain('13.00–14.00');
    const easterMonday = page.locator('tr[data-date="2026-04-06"]');
    expect(await easterMonday.innerText()).toContain('Tweede Paasdag');
    expect(await page.locator('tbody tr').count()).toBe(12);
    // The one date still ahead is accepted and becomes a session in the agenda.
    await page.getByRole('button', { name: 'Planning toepassen' }).click();
    await eventually(() => page.getByRole('status').allInnerTexts()).toContain(
      '1 sessie aangemaakt.',
    );
    await expect
      .poll(() => page.locator('tr[data-date="2026-12-07"]').innerText())
      .toContain('In de agenda');
    // The private link is managed only here.
    expect(await page.getByLabel('Vergaderlink (https)').isVisible()).toBe(true);
    await expectAccessible(page, 'plan');
    await screenshot(page, 'admin-plan');
    await context.close();
  });
});
