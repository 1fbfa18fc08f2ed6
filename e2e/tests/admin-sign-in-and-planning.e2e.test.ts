import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { testAdmin } from '../support/server.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { signedIn, go, plannedSessionId } = coordinator(site);

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

  // 2029 lies wholly ahead whenever this runs (until then), and its first Monday of April is
  // Tweede Paasdag: a year chosen so the test does not depend on today's date.
  it('plans a year from the series rule with the holidays flagged', async () => {
    const { context, page } = await signedIn();
    await go(page, '/beheer/planning/nieuw');
    // The form starts from the jam-session rule: first Monday, 13.00, one hour, two themes.
    expect(await page.getByLabel('Begintijd').inputValue()).toBe('13:00');
    expect(await page.getByLabel('Duur in minuten').inputValue()).toBe('60');
    await page.getByLabel('Titel').fill('Jamsessies proef 2029');
    await page.getByLabel('Eerste datum').fill('2029-01-01');
    await page.getByLabel('Laatste datum').fill('2029-12-31');
    await page.getByRole('button', { name: 'Reeks aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jamsessies proef 2029' }).waitFor();
    await settled(page);
    expect(page.url()).toContain('jaar=2029');
    const february = page.locator('tr[data-date="2029-02-05"]');
    await february.waitFor();
    expect(await february.innerText()).toContain('maandag 5 februari 2029');
    expect(await february.innerText()).toContain('13.00–14.00');
    const easterMonday = page.locator('tr[data-date="2029-04-02"]');
    expect(await easterMonday.innerText()).toContain('Tweede Paasdag');
    expect(await page.locator('tbody tr').count()).toBe(12);
    // Dates on a holiday wait for a decision; the others are accepted. A double click (the
    // browser batches both calls) still reports the sessions the first call created.
    const summary = await page.locator('.plan-apply').innerText();
    const accepted = Number(/(\d+) aannemen/.exec(summary)?.[1]);
    expect(accepted).toBeGreaterThanOrEqual(10);
    await page.getByRole('button', { name: 'Planning toepassen' }).dblclick();
    await eventually(() => page.getByRole('status').allInnerTexts()).toContain(
      `${accepted} sessies aangemaakt.`,
    );
    await expect
      .poll(() => page.locator('tr[data-date="2029-12-03"]').innerText())
      .toContain('In de agenda');
    // The private link is managed only here.
    expect(await page.getByLabel('Vergaderlink (https)').isVisible()).toBe(true);
    await expectAccessible(page, 'plan');
    await screenshot(page, 'admin-plan');
    await context.close();
  });

  it('moves a session a day: its address follows the date and the old one still leads there', async () => {
    const { context, page } = await signedIn();
    const id = await plannedSessionId(page);
    await go(page, `/beheer/sessies/${id}`);
    const date = page.getByLabel('Datum', { exact: true });
    const before = await date.inputValue();
    const next = new Date(`${before}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const after = next.toISOString().slice(0, 10);
    await date.fill(after);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await eventually(() => page.getByRole('status').allInnerTexts()).toContain(
      'De sessie is opgeslagen.',
    );
    const oldAddress = `/agenda/${slugOfDate(before)}`;
    const visitor = await context.newPage();
    await visitor.goto(`${site.baseUrl}${oldAddress}`);
    await expect.poll(() => new URL(visitor.url()).pathname).toBe(`/agenda/${slugOfDate(after)}`);
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    expect(await visitor.getByRole('heading', { level: 1 }).innerText()).not.toContain(
      'niet gevonden',
    );
    await context.close();
  });
});

/** The demo's slug of a jam session on an Amsterdam date: 'jamsessie-2-maart-2027'. */
function slugOfDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day)),
  );
  return `jamsessie-${day}-${monthName}-${year}`;
}
