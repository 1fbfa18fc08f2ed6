import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  launchBrowser,
  newContext,
  screenshot,
  viewports,
} from '../support/browser.js';
import { startServer, testAdmin, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** `expect.poll` with room for a busy machine (two cores shared by several processes). */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

/** Waits until the page shows its content: an h1 and no skeleton left. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}

/** A browser context signed in as the test coordinator through the sign-in form. */
async function signedIn(
  viewport = viewports.desktop,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/beheer/`);
  await page.getByLabel('E-mailadres').fill(testAdmin.email);
  await page.getByLabel('Wachtwoord').fill(testAdmin.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  return { context, page };
}

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${server.baseUrl}${path}`);
  await settled(page);
}

/** Runs axe-core and fails with the list of violations, naming the page. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}: ${violations.join('\n')}`).toEqual([]);
}

/** Seconds on a clock face such as '14:52' or '+0:07' (overrun counts negative). */
function clockSeconds(text: string): number {
  const over = text.startsWith('+');
  const parts = text.replace('+', '').split(':').map(Number);
  const seconds = parts.reduce((sum, part) => sum * 60 + part, 0);
  return over ? -seconds : seconds;
}

/** A planned session some months ahead (the demo series runs a year ahead of today). */
async function plannedSessionId(page: Page): Promise<string> {
  const year = new Date().getFullYear() + 1;
  await go(page, `/beheer/sessies?jaar=${year}&status=planned`);
  const href = await page.locator('.item__title a').first().getAttribute('href');
  expect(href).toMatch(/^\/beheer\/sessies\/[0-9a-f-]+$/);
  return href!.split('/').pop()!;
}

describe('the coordinators’ app in a browser', () => {
  it('shows an anonymous visitor only the sign-in page and sends no data', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const answers: { path: string; body: string }[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/trpc/')) {
        void response.text().then((body) => answers.push({ path: url.pathname, body }));
      }
    });
    for (const path of ['/beheer/', '/beheer/planning', '/beheer/personen']) {
      await page.goto(`${server.baseUrl}${path}`);
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
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/beheer/`);
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

  it('runs a session with two dilemmas by keyboard, survives a reload, and publishes the report', async () => {
    const { context, page } = await signedIn();
    const sessionId = await plannedSessionId(page);

    // Inventory: two questions typed in by the facilitator, both chosen.
    await go(page, `/beheer/sessies/${sessionId}/inventarisatie`);
    const dilemmas = [
      {
        text: 'Bewoners gaan bij mooi weer buiten het hek: wie haalt ze op, wij of de familie?',
        name: 'Sam',
        email: 'sam@deelnemer.example',
      },
      {
        text: 'Hoe ga je om met weerstand van mantelzorgers tegen open deuren?',
        name: 'Noor',
        email: '',
      },
    ];
    for (const d of dilemmas) {
      await page.getByLabel('Vraag of dilemma').fill(d.text);
      await page.getByLabel(/Naam van de inbrenger/).fill(d.name);
      if (d.email) await page.getByLabel(/E-mailadres van de inbrenger/).fill(d.email);
      await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
      await eventually(() => page.locator('.dilemma').count()).toBeGreaterThanOrEqual(
        dilemmas.indexOf(d) + 1,
      );
    }
    for (const checkbox of await page.getByRole('checkbox', { name: /^Bespreken:/ }).all()) {
      await checkbox.check();
    }
    await page.getByRole('button', { name: 'Keuze opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain('De keuze is opgeslagen.');
    await expectAccessible(page, 'inventory');
    await screenshot(page, 'admin-inventory');

    // Live: open the facilitation, then only keys.
    await page.getByRole('link', { name: 'Naar live begeleiden' }).click();
    await page.getByRole('button', { name: 'Begeleiding openen' }).click();
    await page.getByRole('heading', { name: 'Gekozen vragen, in deze volgorde' }).waitFor();
    const step = page.getByTestId('step');
    const clock = page.getByTestId('countdown');
    await page.keyboard.press('ArrowRight');
    await eventually(() => step.innerText()).toBe('Stap 1 — formuleren');
    expect(await page.getByTestId('cue').innerText()).toContain('formuleert kort de vraag');
    await page.keyboard.press('n');
    await eventually(() => step.innerText()).toBe('Stap 2 — bespreken zonder inbrenger');
    expect(await page.getByTestId('cue').innerText()).toBe(
      'Sam zet de camera uit en luistert mee.',
    );
    expect(await page.getByTestId('camera').innerText()).toBe(
      'Iedereen in beeld behalve de inbrenger',
    );
    expect(await page.getByRole('heading', { name: 'Sneltoetsen' }).isVisible()).toBe(true);

    // A tip for the report; typing "n" in the note must not advance.
    await page
      .getByRole('textbox', { name: 'Notitie' })
      .fill('Open, tenzij: bespreek waarom een deur dicht moet.');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await eventually(() => page.locator('.notes__list').innerText()).toContain('Open, tenzij');
    expect(await step.innerText()).toBe('Stap 2 — bespreken zonder inbrenger');

    // Extend by a minute, pause and resume: the box and the clock follow.
    await page.keyboard.press('+');
    await eventually(() => page.locator('.countdown__box').innerText()).toContain('+ 1 verlengd');
    await page.keyboard.press('p');
    await eventually(() => page.locator('.countdown__label').innerText()).toContain('Gepauzeerd');
    await page.keyboard.press('p');
    await eventually(() => page.locator('.countdown__label').innerText()).not.toContain(
      'Gepauzeerd',
    );

    await expectAccessible(page, 'live');
    await screenshot(page, 'admin-live');

    // The participants' read-only screen: public by token, no names, no private text.
    const shareHref = await page
      .getByRole('link', { name: /Meekijkscherm openen/ })
      .getAttribute('href');
    expect(shareHref).toMatch(/^\/beheer\/meekijken\/[A-Za-z0-9_-]{32,}$/);
    const participant = await newContext(browser);
    const shared = await participant.newPage();
    await shared.goto(`${server.baseUrl}${shareHref}`);
    await settled(shared);
    await eventually(() => shared.locator('main').innerText()).toContain(
      'Stap 2 — bespreken zonder inbrenger',
    );
    const sharedText = await shared.locator('main').innerText();
    expect(sharedText).toContain('Persoon A zet de camera uit en luistert mee.');
    expect(sharedText).not.toContain('Sam');
    expect(sharedText).not.toContain('buiten het hek');
    await expectAccessible(shared, 'shared view');
    await screenshot(shared, 'admin-share');
    await participant.close();

    // Reload in step 2: the same step and the same remaining time (±2 s).
    const before = clockSeconds(await clock.innerText());
    const reloadStarted = Date.now();
    await page.reload();
    await settled(page);
    await eventually(() => step.innerText()).toBe('Stap 2 — bespreken zonder inbrenger');
    const elapsed = Math.round((Date.now() - reloadStarted) / 1000);
    const after = clockSeconds(await clock.innerText());
    expect(Math.abs(after - (before - elapsed))).toBeLessThanOrEqual(2);
    expect(before).toBeGreaterThan(14 * 60);

    await page.setViewportSize(viewports.phone);
    await screenshot(page, 'admin-live');
    await page.setViewportSize(viewports.desktop);

    // Step 3 with a take-away, then the second dilemma through all steps, the closing round.
    await page.keyboard.press('ArrowRight');
    await eventually(() => step.innerText()).toBe('Stap 3 — reflecteren');
    await page
      .getByRole('textbox', { name: 'Wat de inbrenger meeneemt' })
      .fill('Vooraf met familie afspraken maken.');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await eventually(() => page.locator('.notes__list').innerText()).toContain('Vooraf');
    await page.keyboard.press('ArrowRight');
    await eventually(() => page.getByTestId('dilemma').innerText()).toContain('weerstand');
    await eventually(() => step.innerText()).toBe('Stap 1 — formuleren');
    await page.keyboard.press('n');
    await eventually(() => step.innerText()).toBe('Stap 2 — bespreken zonder inbrenger');
    expect(await page.getByTestId('cue').innerText()).toBe(
      'Noor zet de camera uit en luistert mee.',
    );
    await page.keyboard.press('n');
    await eventually(() => step.innerText()).toBe('Stap 3 — reflecteren');
    await page.keyboard.press('n');
    await eventually(() => page.getByTestId('dilemma').innerText()).toBe('Afsluitende ronde');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'De Jamsessie is afgerond' }).waitFor();

    // The report: drafted from the run, a quote without consent blocks publishing.
    await page.getByRole('link', { name: 'Naar het verslag' }).click();
    await page.getByRole('button', { name: 'Concept maken uit de begeleiding' }).click();
    await page.getByRole('button', { name: 'Concept opslaan' }).waitFor();
    await settled(page);
    const firstSection = page.locator('.report-section').first();
    expect(await firstSection.getByLabel('Tips en ideeën').inputValue()).toContain('Open, tenzij');
    const quote = 'Wie is meneer, wie is mevrouw en wat vinden zij belangrijk?';
    await firstSection.getByLabel(/^Citaat/).fill(quote);
    expect(await firstSection.getByLabel('Van wie is het citaat').inputValue()).not.toBe('');
    await page.getByRole('checkbox', { name: 'Naasten' }).check();
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain('Het verslag is opgeslagen.');
    await expect
      .poll(() => firstSection.getByTestId('quote-consent').innerText())
      .toContain('Geen toestemming');
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    const refusal = page.getByTestId('publish-error');
    await eventually(() => refusal.innerText()).toContain('Publiceren kan nog niet');
    expect(await refusal.innerText()).toContain('het citaat „Wie is meneer');
    await expectAccessible(page, 'report edit');
    await screenshot(page, 'admin-report');

    await firstSection
      .getByRole('button', { name: 'Toestemming om te citeren vastleggen' })
      .click();
    await expect
      .poll(() => firstSection.getByTestId('quote-consent').innerText())
      .toContain('Toestemming: te citeren');
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain('Het verslag is gepubliceerd.');
    const publicHref = await page
      .getByRole('link', { name: 'Bekijk het op de website' })
      .getAttribute('href');
    expect(publicHref).toMatch(/^\/verslagen\/[a-z0-9-]+$/);

    // The public app shows it, with the quote now that it may be quoted.
    const visitor = await newContext(browser);
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${server.baseUrl}${publicHref}`);
    await settled(publicPage);
    await eventually(() => publicPage.locator('main').innerText()).toContain(quote);
    expect(await publicPage.locator('main').innerText()).toContain('Open, tenzij');
    await visitor.close();
    await context.close();
  }, 300_000);

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

    // The outbox view: the lists wait there (this server has no SMTP), never for Joost.
    await card.getByRole('link', { name: 'Bekijk de uitgaande e-mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    const outbox = page.getByRole('region', { name: 'Uitgaande e-mail', exact: true });
    const row = outbox.locator('tbody tr', { hasText: 'fenna@proef.example' });
    await eventually(() => row.count()).toBe(1);
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

  it('has no accessibility violations on the other pages, and exports a person’s data', async () => {
    const { context, page } = await signedIn();
    const pages: [string, string][] = [
      ['/beheer/', 'admin-dashboard'],
      ['/beheer/sessies', 'admin-sessions'],
      ['/beheer/week', 'admin-week'],
      ['/beheer/organisaties', 'admin-organisations'],
      ['/beheer/personen', 'admin-people'],
      ['/beheer/accounts', 'admin-accounts'],
    ];
    for (const [path, name] of pages) {
      await go(page, path);
      await expectAccessible(page, name);
      await screenshot(page, name);
    }
    // An admin adds a coordinator account.
    await go(page, '/beheer/accounts');
    await page.getByLabel('Naam').fill('Coördinator Proef');
    await page.getByLabel('E-mailadres').fill('proef@coordinatie.example');
    await page.getByLabel('Tijdelijk wachtwoord').fill('een-lang-tijdelijk-wachtwoord');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await eventually(() => page.locator('tbody').innerText()).toContain(
      'proef@coordinatie.example',
    );
    expect(await page.locator('tbody').innerText()).toContain('Coördinator');
    await screenshot(page, 'admin-accounts');

    // The dashboard's charts come with text: a summary and a table.
    await go(page, '/beheer/');
    expect(await page.locator('figure p').first().innerText()).toMatch(/gepland/);
    expect(await page.locator('figure table').count()).toBe(2);

    // The first edition of the week, with its sector days and programme.
    await go(page, '/beheer/week');
    await page.locator('.item__title a').first().click();
    await settled(page);
    await page.locator('.day-card').first().waitFor();
    await expectAccessible(page, 'week edition');
    await screenshot(page, 'admin-week-edition');

    // One person's data as a JSON file.
    await go(page, '/beheer/personen?q=sam');
    await page.getByRole('link', { name: /Gegevens van Sam/ }).click();
    await page.getByRole('button', { name: 'Gegevens exporteren (JSON)' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gegevens exporteren (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gegevens-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const data = JSON.parse(await readFile(path, 'utf8')) as { person?: { displayName?: string } };
    expect(data.person?.displayName).toBe('Sam');
    await expectAccessible(page, 'person');
    await screenshot(page, 'admin-people');
    await context.close();
  });
});
