import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { screenshot, viewports } from '../support/browser.js';
import { eventually, useTestSite } from '../support/site.js';

const site = useTestSite();
const { signedIn, go, plannedSessionId } = coordinator(site);

describe('the coordinators’ app in a browser', () => {
  it('records who took part after a session, each with their own choice, and queues the contact lists', async () => {
    const { context, page } = await signedIn();
    // 3 March 2025: a past session whose demo participants agreed to share their addresses.
    await go(page, '/beheer/sessies?jaar=2025');
    const march = page.locator('.item').filter({ hasText: 'maandag 3 maart 2025' }).first();
    const href = await march.locator('.item__title a').getAttribute('href');
    expect(href).toMatch(/^\/beheer\/sessies\/[0-9a-f-]+$/);
    await go(page, href!);
    const card = page.getByRole('region', { name: 'Deelnemers en contactlijst' });
    await card.getByRole('heading', { name: 'Deelnemers vastleggen' }).waitFor();

    const first = card.getByRole('group', { name: 'Deelnemer 1' });
    await first.getByLabel('Naam').fill('Fenna Proef');
    await first.getByLabel(/E-mailadres/).fill('fenna@proef.example');
    await first.getByLabel(/Organisatie/).selectOption({ index: 1 });
    const shares = first.getByRole('checkbox', { name: /deelt e-mailadres/ });
    expect(await shares.isChecked()).toBe(false);
    await shares.check();
    await card.getByRole('button', { name: 'Nog een deelnemer' }).click();
    const second = card.getByRole('group', { name: 'Deelnemer 2' });
    await second.getByLabel('Naam').fill('Joost Proef');
    await second.getByLabel(/E-mailadres/).fill('joost@proef.example');
    expect(await second.getByRole('checkbox', { name: /deelt e-mailadres/ }).isChecked()).toBe(
      false,
    );
    await card.getByRole('button', { name: 'Deelnemers opslaan' }).click();
    await eventually(() => card.getByRole('status').allInnerTexts()).toContainEqual(
      expect.stringContaining('Opgeslagen.'),
    );
    const recorded = card.locator('table');
    await eventually(() => recorded.innerText()).toContain('Joost Proef');
    expect(await recorded.locator('tr', { hasText: 'Fenna Proef' }).innerText()).toMatch(/Ja$/);
    expect(await recorded.locator('tr', { hasText: 'Joost Proef' }).innerText()).toMatch(/Nee$/);
    expect(await card.innerText()).not.toMatch(/Joost Proef krijgt/);
    // Fenna's yes is the coordinator's note: it waits until she confirms it herself.
    expect(await card.innerText()).toContain('Nog niet zelf bevestigd: Fenna Proef.');

    await card.getByRole('button', { name: 'Stuur de contactlijst' }).click();
    const sent = card.getByRole('status').filter({ hasText: 'in de wachtrij gezet' });
    await eventually(() => sent.count()).toBe(1);
    expect(await sent.innerText()).toMatch(/^\d+ berichten in de wachtrij gezet\./);
    expect(await sent.innerText()).toContain('Niemand die niet wilde delen staat in een lijst.');
    await expectAccessible(page, 'session contacts');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-contacts');
    await page.setViewportSize(viewports.phone);
    await screenshot(page, 'admin-contacts');
    await page.setViewportSize(viewports.desktop);

    // The outbox view: the lists wait there (this server has no SMTP): for the demo participants
    // who confirmed sharing themselves, never for Joost, and not yet for Fenna.
    await card.getByRole('link', { name: 'Bekijk de uitgaande e-mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    const outbox = page.getByRole('region', { name: 'Uitgaande e-mail', exact: true });
    const row = outbox.locator('tbody tr', { hasText: 'sanne.willems@delinde.example' });
    await eventually(() => row.count()).toBe(1);
    expect(await outbox.innerText()).not.toContain('fenna@proef.example');
    expect(await row.innerText()).toContain('Contactgegevens na de');
    expect(await row.innerText()).toContain('In de wachtrij');
    expect(await outbox.locator('thead').innerText()).toMatch(/Pogingen[\s\S]*Laatste fout/i);
    expect(await outbox.innerText()).not.toContain('joost@proef.example');
    await expectAccessible(page, 'dashboard outbox');
    await outbox.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-outbox');
    await page.setViewportSize(viewports.phone);
    await screenshot(page, 'admin-outbox');
    await context.close();
  });

  it('ends a stale edit in a second tab with the conflict message', async () => {
    const { context, page } = await signedIn();
    const sessionId = await plannedSessionId(page);
    const second = await context.newPage();
    await go(page, `/beheer/sessies/${sessionId}`);
    await go(second, `/beheer/sessies/${sessionId}`);
    await page.getByLabel('Titel').fill('Jamsessie Open deuren (eerste tabblad)');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain('De sessie is opgeslagen.');
    await second.getByLabel(/^Beschrijving/).fill('Aangepast in het tweede tabblad.');
    await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => second.getByRole('alert').innerText())
      .toContain('Iemand anders heeft dit intussen gewijzigd');
    await expectAccessible(second, 'session edit');
    await screenshot(second, 'admin-session-edit');
    // Nothing was overwritten: loading the newest version shows the first tab's title.
    await second.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect
      .poll(() => second.getByLabel('Titel').inputValue())
      .toBe('Jamsessie Open deuren (eerste tabblad)');
    await context.close();
  });
});
