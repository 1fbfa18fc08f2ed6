import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { screenshot } from '../support/browser.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { signedIn, go, startedSessionId } = coordinator(site);

// A question far longer than the 80 characters the run's short title keeps.
const QUESTION =
  'Een bewoner met beginnende dementie wil elke avond alleen naar de bakker op de hoek, maar zijn dochter vindt dat veel te gevaarlijk en belt ons elke dag; hoe vinden we samen een weg die voor iedereen goed voelt? Het team is er zelf ook verdeeld over.';
const FOLLOW_UPS = ['Wie spreekt de dochter?', 'Wat weet de bakker?', 'Wat wil meneer zelf?'];

describe('taking notes in the live run', () => {
  it('keeps every word: typed text survives a reload and a step change, Enter adds and focus stays', async () => {
    const { context, page } = await signedIn();
    const sessionId = await startedSessionId(page);

    await go(page, `/beheer/sessies/${sessionId}/inventarisatie`);
    await page.getByLabel('Vraag of dilemma').fill(QUESTION);
    await page.getByLabel('Vervolgvragen').fill(FOLLOW_UPS.join('\n'));
    await page.getByLabel(/Naam van de inbrenger/).fill('Iris');
    await page.getByLabel('Toestemming voor het verslag').selectOption('shareable_anonymised');
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await eventually(() => page.locator('.dilemma').count()).toBeGreaterThanOrEqual(1);
    for (const checkbox of await page.getByRole('checkbox', { name: /^Bespreken:/ }).all()) {
      await checkbox.check();
    }
    await page.getByRole('button', { name: 'Keuze opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain('De keuze is opgeslagen.');

    await page.getByRole('link', { name: 'Naar live begeleiden' }).click();
    await page.getByRole('button', { name: 'Begeleiding openen' }).click();
    await page.getByRole('heading', { name: 'Gekozen vragen, in deze volgorde' }).waitFor();
    const step = page.getByTestId('step');
    await page.keyboard.press('ArrowRight');
    await eventually(() => step.innerText()).toBe('Stap 1 — formuleren');

    // The whole question, folded because it is long; unfolding shows the follow-up questions.
    const question = page.getByTestId('question');
    expect(await question.locator('.question__text').textContent()).toBe(QUESTION);
    expect(await page.getByTestId('dilemma').innerText()).toMatch(/…$/);
    await page.getByRole('button', { name: 'Hele vraag tonen' }).click();
    expect(await question.getByRole('listitem').allInnerTexts()).toEqual(FOLLOW_UPS);

    // Step 1: text typed but not added is still there after a reload (kept on the server).
    const step1Field = page.getByRole('textbox', { name: 'Vervolgvragen van de inbrenger' });
    await step1Field.fill('Sinds wanneer wil meneer dit');
    await page.waitForTimeout(1_500);
    await page.reload();
    await settled(page);
    await eventually(() => step.innerText()).toBe('Stap 1 — formuleren');
    expect(await step1Field.inputValue()).toBe('Sinds wanneer wil meneer dit');

    // Typing on and leaving the step at once: the text is kept as a note, not dropped.
    await step1Field.press('End');
    await step1Field.pressSequentially(' al?');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await eventually(() => step.innerText()).toBe('Stap 2 — bespreken zonder inbrenger');

    // Step 2: Ctrl+Enter and Enter add the note; the field empties and keeps the focus.
    const notes = page.getByTestId('notes');
    const field = page.getByRole('textbox', { name: 'Notitie' });
    await field.click();
    await page.keyboard.type('Spreek met de bakker af dat hij even belt');
    await page.keyboard.press('Control+Enter');
    await eventually(() => notes.innerText()).toContain('Spreek met de bakker af');
    expect(await field.inputValue()).toBe('');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Een GPS-horloge, met zijn eigen instemming');
    await page.keyboard.press('Enter');
    await eventually(() => notes.innerText()).toContain('GPS-horloge');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await step.innerText()).toBe('Stap 2 — bespreken zonder inbrenger');

    await page.keyboard.type('Laat de dochter een avond meelopen');
    await expectAccessible(page, 'live notes');
    await screenshot(page, 'admin-live-notes');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await eventually(() => step.innerText()).toBe('Stap 3 — reflecteren');

    const takeAway = page.getByRole('textbox', { name: 'Wat de inbrenger meeneemt' });
    await takeAway.click();
    await page.keyboard.type('Ik bel de dochter deze week');
    await page.keyboard.press('Control+Enter');
    await eventually(() => notes.innerText()).toContain('Ik bel de dochter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await eventually(() => page.getByTestId('dilemma').innerText()).toBe('Afsluitende ronde');

    // The closing round: reactions with a consent choice each.
    const reaction = page.getByRole('textbox', { name: 'Reactie' });
    await reaction.click();
    await page.getByLabel('Toestemming van wie het zei').selectOption('quotable');
    await reaction.fill('Heel waardevol om zo mee te denken!');
    await reaction.press('Enter');
    await eventually(() => page.getByTestId('reactions').innerText()).toContain('Heel waardevol');
    await reaction.fill('Mijn teamleider zei precies hetzelfde.');
    await reaction.press('Control+Enter');
    await eventually(() => page.getByTestId('reactions').innerText()).toContain('teamleider');
    expect(await reaction.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'live closing round');
    await screenshot(page, 'admin-live-reactions');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'De Jamsessie is afgerond' }).waitFor();

    // The draft has every note, the quotable reaction only, and a whole heading.
    await page.getByRole('link', { name: 'Naar het verslag' }).click();
    await page.getByRole('button', { name: 'Concept maken uit de begeleiding' }).click();
    await page.getByRole('button', { name: 'Concept opslaan' }).waitFor();
    await settled(page);
    const section = page.locator('.report-section').first();
    const tips = await section.getByLabel('Tips en ideeën').inputValue();
    expect(tips).toContain('Spreek met de bakker af dat hij even belt');
    expect(tips).toContain('Een GPS-horloge, met zijn eigen instemming');
    expect(tips).toContain('Laat de dochter een avond meelopen');
    expect(await section.getByLabel('Wat de inbrenger meeneemt').inputValue()).toContain(
      'Ik bel de dochter deze week',
    );
    expect(await section.getByLabel('Samenvatting van het gesprek').inputValue()).toContain(
      'Sinds wanneer wil meneer dit al?',
    );
    const heading = await section.getByLabel('Kop').inputValue();
    expect(heading.startsWith('Vraag 1')).toBe(true);
    expect(heading.endsWith('…')).toBe(false);
    const reactions = await page
      .getByRole('group', { name: 'Reacties van deelnemers' })
      .innerText();
    const reactionValues = await page
      .getByRole('group', { name: 'Reacties van deelnemers' })
      .locator('textarea, input[type="text"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(reactionValues).toEqual(['Heel waardevol om zo mee te denken!']);
    expect(reactions).not.toContain('teamleider');
    await context.close();
  }, 300_000);
});
