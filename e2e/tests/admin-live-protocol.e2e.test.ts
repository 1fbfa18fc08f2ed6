import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { signedIn, go, startedSessionId } = coordinator(site);

/** Seconds on a clock face such as '14:52' or '+0:07' (overrun counts negative). */
function clockSeconds(text: string): number {
  const over = text.startsWith('+');
  const parts = text.replace('+', '').split(':').map(Number);
  const seconds = parts.reduce((sum, part) => sum * 60 + part, 0);
  return over ? -seconds : seconds;
}

describe('the coordinators’ app in a browser', () => {
  it('runs a session with two dilemmas by keyboard, survives a reload, and publishes the report', async () => {
    const { context, page } = await signedIn();
    const sessionId = await startedSessionId(page);

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
    // The field keeps the focus for the next note: Esc leaves it, so the keys work again.
    await page.keyboard.press('Escape');
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
    const participant = await newContext(site.browser);
    const shared = await participant.newPage();
    await shared.goto(`${site.baseUrl}${shareHref}`);
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
    // A mistyped or old link says so, for a token of any shape.
    for (const token of ['ongeldig', 'A'.repeat(43)]) {
      await shared.goto(`${site.baseUrl}/beheer/meekijken/${token}`);
      await eventually(() => shared.locator('main').innerText()).toContain(
        'Dit meekijkscherm is niet (meer) beschikbaar.',
      );
    }
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
    await page.keyboard.press('Escape');
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

    // "Deelnemers vastleggen" leads to the working attendance form, not a dead end (#19 defect 5).
    await page.getByRole('link', { name: 'Deelnemers vastleggen' }).click();
    await page.getByRole('heading', { name: 'Deelnemers vastleggen' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#deelnemers');
    expect(await page.locator('#deelnemers').innerText()).not.toContain('Zodra de begeleiding');
    await screenshot(page, 'admin-participants-after-run');
    await go(page, `/beheer/sessies/${sessionId}/live`);
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
    const visitor = await newContext(site.browser);
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${site.baseUrl}${publicHref}`);
    await settled(publicPage);
    await eventually(() => publicPage.locator('main').innerText()).toContain(quote);
    expect(await publicPage.locator('main').innerText()).toContain('Open, tenzij');
    await visitor.close();
    await context.close();
  }, 300_000);

  // Runs after the session above and in the same file (one database): the person whose data it
  // exports, Sam, exists only as the contributor entered during that session's inventory.
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
    // The server makes the temporary password (admin-passwords.e2e.test.ts follows it).
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
