import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { useMailbox } from '../support/mailbox.js';
import { eventually, useTestSite } from '../support/site.js';

const mailbox = useMailbox();
const site = useTestSite(() => ({ SMTP_URL: mailbox.url }));
const { signedIn, go } = coordinator(site);

const NEW_EMAIL = 'nieuwe.collega@e2e.example';
const OWN_PASSWORD = 'zonnebloem fietsenstalling regenjas';
const RESET_PASSWORD = 'paardenbloem koffie fietsbel lantaarn';

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${site.baseUrl}/beheer/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

async function chooseNewPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
}

describe('passwords in the coordinators’ app', () => {
  let temporaryPassword = '';

  it('an admin creates a coordinator and sees the temporary password once', async () => {
    const { context, page } = await signedIn();
    await go(page, '/beheer/accounts');
    await page.getByLabel('Naam').fill('Nieuwe Collega');
    await page.getByLabel('E-mailadres').fill(NEW_EMAIL);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const notice = page.getByRole('region', { name: 'Tijdelijk wachtwoord voor Nieuwe Collega' });
    await notice.waitFor();
    const first = (await page.getByTestId('temporary-password').innerText()).trim();
    expect(first).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    // An admin can give a new temporary password, after confirming what it ends.
    await page.getByRole('button', { name: 'Nieuw tijdelijk wachtwoord: Nieuwe Collega' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Nieuw tijdelijk wachtwoord voor Nieuwe Collega?',
    });
    await dialog.waitFor();
    await expectAccessible(page, 'accounts, confirming a new temporary password');
    await dialog.getByRole('button', { name: 'Nieuw tijdelijk wachtwoord' }).click();
    await eventually(async () =>
      (await page.getByTestId('temporary-password').innerText()).trim(),
    ).not.toBe(first);
    temporaryPassword = (await page.getByTestId('temporary-password').innerText()).trim();
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    await expectAccessible(page, 'accounts with a temporary password');
    await screenshot(page, 'admin-accounts-temporary-password');
    await context.close();
  });

  it('the new coordinator must choose their own password before anything else', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await signInWith(page, NEW_EMAIL, temporaryPassword);
    await page.getByRole('heading', { level: 1, name: 'Kies je eigen wachtwoord' }).waitFor();
    expect(await page.locator('nav').count()).toBe(0);
    await expectAccessible(page, 'forced password change');
    await screenshot(page, 'admin-password-forced');

    await page.getByLabel('Tijdelijk wachtwoord').fill(temporaryPassword);
    await chooseNewPassword(page, 'aaaaaaaaaaaa');
    await eventually(() => page.locator('.field__error').allInnerTexts()).toEqual([
      expect.stringContaining('Dit wachtwoord is te makkelijk te raden.') as string,
    ]);
    await expectAccessible(page, 'forced password change with a weak password');
    await page.setViewportSize(viewports.phone);
    await screenshot(page, 'admin-password-weak');
    await page.setViewportSize(viewports.desktop);

    await chooseNewPassword(page, OWN_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await context.close();
  });

  it('a forgotten password is reset through a link by e-mail, once', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/beheer/`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await page.getByLabel('E-mailadres').fill(NEW_EMAIL);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await eventually(() => page.getByRole('status').allInnerTexts()).toEqual([
      expect.stringContaining(`Als ${NEW_EMAIL} bij een account hoort`) as string,
    ]);
    await expectAccessible(page, 'forgotten password, sent');
    await screenshot(page, 'admin-password-forgotten');

    await eventually(() => mailbox.received.filter((m) => m.to.includes(NEW_EMAIL)).length).toBe(1);
    const mail = mailbox.received.find((m) => m.to.includes(NEW_EMAIL))!;
    // The mail links to the server's own BASE_URL; the browser keeps to the address it uses.
    const token = /\/beheer\/wachtwoord-herstellen#([A-Za-z0-9_-]{43})\s/.exec(mail.text)?.[1];
    expect(token, mail.text).toBeDefined();
    const link = `${site.baseUrl}/beheer/wachtwoord-herstellen#${token}`;

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    // The token leaves the address bar at once (no history entry or screenshot keeps it).
    expect(page.url()).toBe(`${site.baseUrl}/beheer/wachtwoord-herstellen`);
    await expectAccessible(page, 'reset password');
    await screenshot(page, 'admin-password-reset');
    await chooseNewPassword(page, RESET_PASSWORD);
    await eventually(() => page.getByRole('status').allInnerTexts()).toEqual([
      'Je nieuwe wachtwoord is opgeslagen. Log in met je nieuwe wachtwoord.',
    ]);
    await screenshot(page, 'admin-password-reset-done');

    await signInWith(page, NEW_EMAIL, OWN_PASSWORD);
    await eventually(() => page.getByRole('alert').innerText()).toContain(
      'E-mailadres of wachtwoord klopt niet.',
    );
    await signInWith(page, NEW_EMAIL, RESET_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();

    // The link works once.
    const again = await (await newContext(site.browser)).newPage();
    await again.goto(link);
    await chooseNewPassword(again, 'nog een heel ander wachtwoord hier');
    await eventually(() => again.getByRole('alert').innerText()).toContain(
      'Deze link werkt niet meer',
    );
    await context.close();
    await again.context().close();
  });

  it('a coordinator changes their own password from the menu, also on a phone', async () => {
    const context = await newContext(site.browser, viewports.phone);
    const page = await context.newPage();
    await signInWith(page, NEW_EMAIL, RESET_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
    await page.getByLabel('Huidig wachtwoord').fill(RESET_PASSWORD);
    await chooseNewPassword(page, OWN_PASSWORD);
    await eventually(() => page.getByRole('status').allInnerTexts()).toContain(
      'Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.',
    );
    await expectAccessible(page, 'change password');
    await screenshot(page, 'admin-password-change');
    await context.close();
  });
});
