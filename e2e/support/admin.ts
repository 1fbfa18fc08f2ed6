import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityViolations, newContext, viewports } from './browser.js';
import { testAdmin } from './server.js';
import { settled, type TestSite } from './site.js';

/** Runs axe-core and fails with the list of violations, naming the page. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}: ${violations.join('\n')}`).toEqual([]);
}

/** Signing in to the coordinators' app and moving through it. */
export function coordinator(site: TestSite) {
  /** A browser context signed in as the test coordinator through the sign-in form. */
  async function signedIn(
    viewport = viewports.desktop,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(site.browser, viewport);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/beheer/`);
    await page.getByLabel('E-mailadres').fill(testAdmin.email);
    await page.getByLabel('Wachtwoord').fill(testAdmin.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    return { context, page };
  }

  async function go(page: Page, path: string): Promise<void> {
    await page.goto(`${site.baseUrl}${path}`);
    await settled(page);
  }

  /** A planned session some months ahead (the demo series runs a year ahead of today). */
  async function plannedSessionId(page: Page): Promise<string> {
    const year = new Date().getFullYear() + 1;
    await go(page, `/beheer/sessies?jaar=${year}&status=planned`);
    const href = await page.locator('.item__title a').first().getAttribute('href');
    expect(href).toMatch(/^\/beheer\/sessies\/[0-9a-f-]+$/);
    return href!.split('/').pop()!;
  }

  return { signedIn, go, plannedSessionId };
}
