import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { useMailbox } from '../support/mailbox.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const mailbox = useMailbox();
const site = useTestSite(() => ({ SMTP_URL: mailbox.url }));

/** A demo participant with a dilemma of her own in the March report. */
const EMAIL = 'sanne.willems@delinde.example';

async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [viewports.phone, viewports.desktop]) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `${name} at ${viewport.width}px`);
    await screenshot(page, name);
  }
}

describe('the participant’s own page (/mijn-gegevens)', () => {
  it('signs in by a one-time link from the mail, and refuses the link a second time', async () => {
    const context = await newContext(site.browser, viewports.desktop);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/mijn-gegevens`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    await checkBothWidths(page, 'agenda-my-data-sign-in');

    // A wrong address is refused in Dutch, next to the field.
    await page.getByLabel('Je e-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await eventually(() => page.locator('.field__error').allInnerTexts()).toEqual([
      expect.stringContaining('e-mailadres') as string,
    ]);
    await checkBothWidths(page, 'agenda-my-data-sign-in-error');

    await page.getByLabel('Je e-mailadres').fill(EMAIL);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await eventually(() => page.getByRole('status').allInnerTexts()).toEqual([
      expect.stringContaining('De link werkt één keer en 30 minuten lang') as string,
    ]);
    await checkBothWidths(page, 'agenda-my-data-sent');

    await eventually(() => mailbox.received.filter((m) => m.to.includes(EMAIL)).length).toBe(1);
    const mail = mailbox.received.find((m) => m.to.includes(EMAIL))!;
    const token = /\/mijn-gegevens#aanmelden=([A-Za-z0-9_-]{43})\s/.exec(mail.text)?.[1];
    expect(token, mail.text).toBeDefined();
    // The mail links to the server's own BASE_URL; the browser keeps to the address it uses.
    const link = `${site.baseUrl}/mijn-gegevens#aanmelden=${token}`;

    // Following the link from the mail opens the page anew (a new tab), same browser.
    const linked = await context.newPage();
    await linked.goto(link);
    await linked.getByRole('button', { name: 'Ga verder naar mijn gegevens' }).waitFor();
    expect(linked.url()).toBe(`${site.baseUrl}/mijn-gegevens`);
    await checkBothWidths(linked, 'agenda-my-data-link');
    await linked.getByRole('button', { name: 'Ga verder naar mijn gegevens' }).click();
    await linked.getByRole('heading', { level: 2, name: 'Mijn vragen' }).waitFor();
    await eventually(() => linked.getByText(`Je bent aangemeld als ${EMAIL}.`).count()).toBe(1);
    await linked.getByRole('heading', { level: 2, name: 'Mij verwijderen' }).waitFor();
    await settled(linked);
    await checkBothWidths(linked, 'agenda-my-data-overview');

    // The same link again, in a fresh browser: refused in Dutch.
    const other = await newContext(site.browser, viewports.phone);
    const again = await other.newPage();
    await again.goto(link);
    await again.getByRole('button', { name: 'Ga verder naar mijn gegevens' }).click();
    await eventually(() => again.getByRole('alert').innerText()).toContain(
      'Deze link werkt niet meer',
    );
    await checkBothWidths(again, 'agenda-my-data-link-used');
    await again.getByRole('button', { name: 'Vraag een nieuwe link aan' }).click();
    await again.getByLabel('Je e-mailadres').waitFor();
    await other.close();
    await context.close();
  });
});
