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

  /**
   * A new session that began five minutes ago (made through the API as the signed-in
   * coordinator), for the tests that run the live steps and publish a report: the domain
   * allows those only around and after a session's start.
   */
  async function startedSessionId(page: Page): Promise<string> {
    const startsAt = new Date(Date.now() - 5 * 60_000);
    startsAt.setSeconds(0, 0);
    const input = {
      slug: `jamsessie-e2e-${startsAt.getTime()}-${Math.round(Math.random() * 1e6)}`,
      kind: 'jam_session',
      seriesId: null,
      programmeItemId: null,
      title: 'Jamsessie: Open deuren',
      description: 'Een uur sparren over open deuren.',
      themeIds: [],
      movementIds: [],
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 60 * 60_000).toISOString(),
      online: true,
      location: null,
      meetingLink: null,
    };
    const id = await page.evaluate(async (body) => {
      const response = await fetch('/trpc/admin.sessions.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const answer = (await response.json()) as { result?: { data?: { id?: string } } };
      return answer.result?.data?.id ?? `failed: ${response.status} ${JSON.stringify(answer)}`;
    }, JSON.stringify(input));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    return id;
  }

  return { signedIn, go, plannedSessionId, startedSessionId };
}
