import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot } from '../support/browser.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { signedIn, go, startedSessionId } = coordinator(site);

// Person A's phone: 375 px wide.
const phone = { width: 375, height: 740 };

describe('three screens follow one live session', () => {
  it('shows a step change on the shared screen and on A’s phone, and brings A’s notes to step 3', async () => {
    const { page } = await signedIn();
    const sessionId = await startedSessionId(page);
    await go(page, `/beheer/sessies/${sessionId}/inventarisatie`);
    await page
      .getByLabel('Vraag of dilemma')
      .fill('Bewoners gaan bij mooi weer buiten het hek: wie haalt ze op, wij of de familie?');
    await page.getByLabel(/Naam van de inbrenger/).fill('Sam');
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await eventually(() => page.locator('.dilemma').count()).toBeGreaterThanOrEqual(1);
    await page
      .getByRole('checkbox', { name: /^Bespreken:/ })
      .first()
      .check();
    await page.getByRole('button', { name: 'Keuze opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain('De keuze is opgeslagen.');

    await page.getByRole('link', { name: 'Naar live begeleiden' }).click();
    await page.getByRole('button', { name: 'Begeleiding openen' }).click();
    await page.getByRole('heading', { name: 'Gekozen vragen, in deze volgorde' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await eventually(() => page.getByTestId('step').innerText()).toBe('Stap 1 — formuleren');
    expect(await page.getByTestId('schedule').innerText()).toBe('Op schema');

    // The shared screen.
    const shareHref = await page
      .getByRole('link', { name: /Meekijkscherm openen/ })
      .getAttribute('href');
    const shared = await (await newContext(site.browser)).newPage();
    await shared.goto(`${site.baseUrl}${shareHref}`);
    await settled(shared);
    await eventually(() => shared.locator('main').innerText()).toContain('Stap 1 — formuleren');

    // A's phone, by the personal link the facilitator made.
    await page.getByRole('button', { name: 'Maak persoonlijke link' }).click();
    await eventually(() => page.getByTestId('owner-cue-link').inputValue()).toMatch(
      /\/beheer\/jouw-beurt\/[A-Za-z0-9_-]{43}$/,
    );
    const cueUrl = await page.getByTestId('owner-cue-link').inputValue();
    expect(await page.getByRole('img', { name: /QR-code/ }).isVisible()).toBe(true);
    const a = await (await newContext(site.browser, phone)).newPage();
    await a.goto(cueUrl);
    await settled(a);
    await eventually(() => a.getByTestId('cue-message').innerText()).toBe('Jij bent aan de beurt');
    expect(await a.locator('main').innerText()).not.toContain('buiten het hek');
    await expectAccessible(a, 'cue your turn');
    await screenshot(a, 'admin-cue-your-turn');

    // Step 2: both other screens follow (speed is measured in bench/, not here).
    await page.keyboard.press('ArrowRight');
    await eventually(() => shared.locator('main').innerText()).toContain(
      'Stap 2 — bespreken zonder inbrenger',
    );
    await eventually(() => a.getByTestId('cue-message').innerText()).toBe(
      'Camera uit — je luistert mee',
    );
    await a.getByLabel('Wat valt je op? Wat neem je mee?').fill('Eerst met de familie praten.');
    await a.getByRole('button', { name: 'Bewaren' }).click();
    await eventually(() => a.getByRole('status').allInnerTexts()).toContain('Bewaard.');
    await a.getByRole('button', { name: 'Ik ben terug' }).click();
    await expectAccessible(a, 'cue away');
    await screenshot(a, 'admin-cue-away');
    await eventually(() => page.getByTestId('owner-ready').innerText()).toBe('Sam is klaar');

    // Step 3: A's notes are there for the facilitator; A's phone says camera on.
    await page.keyboard.press('ArrowRight');
    await eventually(() => page.getByTestId('step').innerText()).toBe('Stap 3 — reflecteren');
    await eventually(() => page.getByTestId('owner-notes').innerText()).toContain(
      'Eerst met de familie praten.',
    );
    await eventually(() => a.getByTestId('cue-message').innerText()).toBe(
      'Camera aan — vertel wat je meeneemt',
    );
    await eventually(() => shared.locator('main').innerText()).toContain('Stap 3 — reflecteren');
    await expectAccessible(page, 'live with cue');
    await screenshot(page, 'admin-live-cue');

    // Paused: the shared screen says so.
    await page.keyboard.press('p');
    await eventually(() => shared.getByTestId('clock-label').innerText()).toBe('Gepauzeerd');
    await expectAccessible(shared, 'shared paused');
    await screenshot(shared, 'admin-share-paused');
  });
});
