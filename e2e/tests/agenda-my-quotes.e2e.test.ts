import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { useMailbox } from '../support/mailbox.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const mailbox = useMailbox();
const site = useTestSite(() => ({ SMTP_URL: mailbox.url }));
const admin = coordinator(site);

/** A demo participant quoted in the published March report (and with a reaction in it). */
const EMAIL = 'wendy.maas@delinde.example';
const REPORT_PATH = '/verslagen/korte-jamsessies-vrijheid-smaken-naar-meer';
/** Words of her quote, as the public report shows them. */
const HER_WORDS = 'In dat straatje waar hij altijd ondernemer was geweest';

async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [viewports.phone, viewports.desktop]) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `${name} at ${viewport.width}px`);
    await screenshot(page, name);
  }
}

/** The token of the last link of `key` mailed to EMAIL, once `count` such mails arrived. */
async function mailedToken(key: 'aanmelden' | 'toestemming', count: number): Promise<string> {
  const mine = () =>
    mailbox.received.filter((m) => m.to.includes(EMAIL) && m.text.includes(`#${key}=`));
  await eventually(() => mine().length).toBe(count);
  const text = mine().at(-1)!.text;
  const token = new RegExp(`/mijn-gegevens#${key}=([A-Za-z0-9_-]{43})\\s`).exec(text)?.[1];
  expect(token, text).toBeDefined();
  return token!;
}

async function signInByLink(context: BrowserContext): Promise<Page> {
  const form = await context.newPage();
  await form.goto(`${site.baseUrl}/mijn-gegevens`);
  await form.getByLabel('Je e-mailadres').fill(EMAIL);
  await form.getByRole('button', { name: 'Stuur mij een link' }).click();
  const token = await mailedToken('aanmelden', 1);
  // Following the link from the mail opens the page anew (a new tab), same browser.
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}/mijn-gegevens#aanmelden=${token}`);
  await page.getByRole('button', { name: 'Ga verder naar mijn gegevens' }).click();
  await page.getByRole('heading', { level: 2, name: 'Citaten en reacties' }).waitFor();
  await settled(page);
  await form.close();
  return page;
}

const quoteItem = (page: Page) =>
  page
    .locator('li', { hasText: HER_WORDS })
    .filter({ has: page.getByRole('heading', { name: 'Citaat' }) });

async function publicReportText(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}${REPORT_PATH}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settled(page);
  const text = await page.locator('main').innerText();
  await page.close();
  return text;
}

describe('quotes and reactions on the participant’s own page', () => {
  it('withdraws a quote, and approves it again by the link a coordinator had mailed', async () => {
    const context = await newContext(site.browser, viewports.desktop);
    const page = await signInByLink(context);
    const item = quoteItem(page);
    await eventually(() => item.getByTestId('consent-status').innerText()).toContain(
      'toestemming gegeven',
    );
    await checkBothWidths(page, 'agenda-my-quotes-overview');
    expect(await publicReportText(context)).toContain(HER_WORDS);

    // Withdrawing takes the quote out of the published report at once; the report stays.
    await item.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await eventually(() => quoteItem(page).getByTestId('consent-status').innerText()).toContain(
      'toestemming ingetrokken',
    );
    await checkBothWidths(page, 'agenda-my-quotes-withdrawn');
    expect(await publicReportText(context)).not.toContain(HER_WORDS);

    // The coordinator sees it in the report editor and asks again, by mail.
    const { context: coordinatorContext, page: editor } = await admin.signedIn();
    await admin.go(editor, '/beheer/sessies?jaar=2025');
    const href = await editor
      .locator('li.item', { hasText: '3 maart 2025' })
      .locator('.item__title a')
      .first()
      .getAttribute('href');
    await admin.go(editor, `${href}/verslag`);
    const request = editor.getByTestId('consent-item').filter({ hasText: 'het citaat' });
    await eventually(() => request.innerText()).toContain('toestemming ingetrokken');
    await expectAccessible(editor, 'report editor with consent requests');
    await screenshot(editor, 'admin-report-consent-requests');
    await request.getByRole('button', { name: 'Vraag toestemming' }).click();
    await eventually(() => request.innerText()).toContain('toestemming gevraagd');
    await screenshot(editor, 'admin-report-consent-requested');
    await coordinatorContext.close();

    // The link from the mail shows the exact text and the two buttons.
    const token = await mailedToken('toestemming', 1);
    const linked = await context.newPage();
    await linked.goto(`${site.baseUrl}/mijn-gegevens#toestemming=${token}`);
    await linked
      .getByRole('heading', { level: 2, name: 'Mag het verslag deze tekst gebruiken?' })
      .waitFor();
    await eventually(() => linked.locator('blockquote').innerText()).toContain(HER_WORDS);
    await settled(linked);
    await checkBothWidths(linked, 'agenda-my-quotes-consent-link');
    await linked.getByRole('button', { name: 'Toestemming geven' }).click();
    await eventually(() => linked.locator('.notice--success').innerText()).toContain(
      'Vastgelegd: toestemming gegeven',
    );
    await eventually(() => quoteItem(linked).getByTestId('consent-status').innerText()).toContain(
      'toestemming gegeven',
    );
    await settled(linked);
    await checkBothWidths(linked, 'agenda-my-quotes-approved');
    expect(await publicReportText(context)).toContain(HER_WORDS);
    await context.close();
  }, 300_000);
});
