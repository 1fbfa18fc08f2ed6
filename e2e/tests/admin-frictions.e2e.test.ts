import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { signedIn, go } = coordinator(site);

/** Axe at both widths, with a screenshot of each. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [viewports.phone, viewports.desktop]) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `${name} at ${viewport.width}`);
    await screenshot(page, name);
  }
}

describe('picking participants, reading the outbox and the embed code', () => {
  it('picks who brought a dilemma from the type-ahead, guesses a new person’s organisation, and reads the contact list masked', async () => {
    const { context, page } = await signedIn();
    // 7 April 2025: Noor Visser brought a (private) dilemma to it; nobody is recorded yet.
    await go(page, '/beheer/sessies?jaar=2025');
    const april = page.locator('.item').filter({ hasText: 'maandag 7 april 2025' }).first();
    await go(page, (await april.locator('.item__title a').getAttribute('href'))!);
    const card = page.getByRole('region', { name: 'Deelnemers en contactlijst' });
    await card.getByRole('heading', { name: 'Deelnemers vastleggen' }).waitFor();

    const first = card.getByRole('group', { name: 'Deelnemer 1' });
    const name = first.getByRole('combobox', { name: 'Naam' });
    await name.pressSequentially('noo');
    const option = first.getByRole('option', { name: /Noor Visser/ });
    await option.waitFor();
    expect(await option.innerText()).toContain('bracht een vraag in voor deze sessie');
    expect(await name.getAttribute('aria-expanded')).toBe('true');
    await name.press('ArrowDown');
    await card.scrollIntoViewIfNeeded();
    await checkBothWidths(page, 'admin-attendance-typeahead');
    await name.press('Enter');
    expect(await name.inputValue()).toBe('Noor Visser');
    expect(await first.getByLabel(/E-mailadres/).inputValue()).toBe('noor.visser@dewilgen.example');
    await first.getByRole('checkbox', { name: /deelt e-mailadres/ }).check();

    await card.getByRole('button', { name: 'Nog een deelnemer' }).click();
    const second = card.getByRole('group', { name: 'Deelnemer 2' });
    await second.getByRole('combobox', { name: 'Naam' }).fill('Wim Wilg');
    await second.getByLabel(/E-mailadres/).fill('wim@wilgen-thuis.example');
    const organisation = second.getByLabel(/Organisatie/);
    expect(await organisation.locator('option:checked').innerText()).toBe(
      'Zorgcentrum De Wilgen (demo)',
    );
    const groups = await organisation
      .locator('optgroup')
      .evaluateAll((all) => all.map((g) => g.getAttribute('label')));
    expect(groups).toEqual(['Deelnemende organisaties', 'Andere organisaties']);
    await second.getByRole('checkbox', { name: /deelt e-mailadres/ }).check();
    await checkBothWidths(page, 'admin-attendance-guess');

    await card.getByRole('button', { name: 'Deelnemers opslaan' }).click();
    const recorded = card.locator('table');
    await eventually(() => recorded.innerText()).toContain('Wim Wilg');
    expect(await recorded.locator('tr', { hasText: 'Wim Wilg' }).innerText()).toContain(
      'Zorgcentrum De Wilgen (demo)',
    );
    expect(await recorded.locator('tr', { hasText: 'Noor Visser' }).count()).toBe(1);
    // Their yes is the coordinator's note until they confirm it on their own page.
    expect(await card.innerText()).toContain('Nog niet zelf bevestigd');

    // 3 March 2025: the demo participants confirmed sharing themselves; their lists go out.
    await go(page, '/beheer/sessies?jaar=2025');
    const march = page.locator('.item').filter({ hasText: 'maandag 3 maart 2025' }).first();
    await go(page, (await march.locator('.item__title a').getAttribute('href'))!);
    const marchCard = page.getByRole('region', { name: 'Deelnemers en contactlijst' });
    await marchCard.getByRole('button', { name: 'Stuur de contactlijst' }).click();
    await eventually(() => marchCard.getByRole('status').allInnerTexts()).toContainEqual(
      expect.stringContaining('in de wachtrij gezet'),
    );

    // The outbox: Sanne's list read as sent, the others' addresses masked in it.
    await marchCard.getByRole('link', { name: 'Bekijk de uitgaande e-mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    const outbox = page.getByRole('region', { name: 'Uitgaande e-mail', exact: true });
    const row = outbox.locator('tbody tr', { hasText: 'sanne.willems@delinde.example' });
    await eventually(() => row.count()).toBe(1);
    await row.getByRole('button', { name: /^Lees het bericht/ }).click();
    const reader = page.getByRole('region', { name: 'Het bericht zoals verstuurd' });
    const body = reader.getByLabel('Tekst');
    await eventually(() => body.count()).toBe(1);
    const text = await body.innerText();
    expect(text).toContain('Hallo Sanne Willems,');
    expect(text).toContain('Jeroen Peters (Woonzorg Het Baken (demo)) — j•••@hetbaken.example');
    expect(text).not.toContain('jeroen.peters@hetbaken.example');
    expect(await reader.innerText()).toContain('sanne.willems@delinde.example');
    await reader.scrollIntoViewIfNeeded();
    await checkBothWidths(page, 'admin-outbox-read');
    await reader.getByRole('button', { name: 'Sluiten' }).click();
    expect(await reader.count()).toBe(0);
    await context.close();
  });

  it('gives coordinators and visitors the code to embed the agenda, with a live preview and a copy button', async () => {
    const { context, page } = await signedIn();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.baseUrl,
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Insluiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda op je eigen website' }).waitFor();
    await settled(page);
    const theme = page.getByLabel('Thema');
    await eventually(() => theme.locator('option').count()).toBeGreaterThan(1);
    const slug = await theme.locator('option').nth(1).getAttribute('value');
    await theme.selectOption(slug ?? '');
    const code = page.getByLabel('Code om te plakken');
    expect(await code.inputValue()).toBe(
      `<iframe src="${site.baseUrl}/embed?thema=${slug}" title="Agenda Radicale vernieuwing" width="100%" height="640" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`,
    );
    const preview = page.locator('iframe.embed-code__preview');
    expect(await preview.getAttribute('src')).toBe(`/embed?thema=${slug}`);
    const frame = page.frameLocator('iframe.embed-code__preview');
    await frame.getByRole('heading', { name: 'Agenda Radicale vernieuwing' }).waitFor();
    await page.getByRole('button', { name: 'Kopieer de code' }).click();
    await eventually(() => page.getByRole('status').allInnerTexts()).toContain(
      'De code is gekopieerd.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await checkBothWidths(page, 'admin-embed-code');
    await context.close();

    // A visitor finds it from the agenda's subscribe box, without an account.
    const visitor = await newContext(site.browser, viewports.desktop);
    const agenda = await visitor.newPage();
    await agenda.goto(`${site.baseUrl}/`);
    await settled(agenda);
    await agenda.getByRole('link', { name: 'Deze agenda op je eigen website' }).click();
    await agenda.getByRole('heading', { level: 1, name: 'Agenda op je eigen website' }).waitFor();
    expect(new URL(agenda.url()).pathname).toBe('/beheer/insluiten');
    await settled(agenda);
    expect(await agenda.getByLabel('Code om te plakken').inputValue()).toContain('/embed"');
    await checkBothWidths(agenda, 'public-embed-code');
    await visitor.close();
  });
});
