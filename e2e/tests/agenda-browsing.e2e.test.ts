import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaVisitor, EDITION_SLUG, REPORT_SLUG } from '../support/agenda.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { settled, useTestSite } from '../support/site.js';

const site = useTestSite();
const { openPage, reportedSessionSlug } = agendaVisitor(site);

/**
 * The first view as a comparable record: the place of the heading, the filters and every
 * row, and the markup of `#root` with attributes in a fixed order (the footer and data
 * scripts left out, feed addresses without their origin).
 */
async function firstView(page: Page): Promise<{ rows: string[]; markup: string }> {
  return page.evaluate(() => {
    const place = (element: Element) => {
      const box = element.getBoundingClientRect();
      const text = (element.textContent ?? '').trim().slice(0, 60);
      return `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)} ${text}`;
    };
    const rows = Array.from(
      document.querySelectorAll('h1, .filters, .result-count, .agenda-list li'),
    );
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.getElementById('root')!, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && (node.matches('footer, script') || node.closest('footer'))) {
        continue;
      }
      if (node instanceof Element) {
        // A server-rendered <select> marks its option `selected`; React in the browser sets
        // the property instead. The chosen option is the same, so the attribute is left out.
        const attributes = Array.from(node.attributes)
          .filter((a) => a.name !== 'selected')
          .map((a) => `${a.name}="${a.value.replace(/^(webcal|https?):\/\/[^/]+/, '$1://')}"`)
          .sort();
        parts.push(`<${node.tagName.toLowerCase()} ${attributes.join(' ')}>`);
      } else if (
        node.nodeType === Node.TEXT_NODE &&
        !node.parentElement?.closest('footer, script')
      ) {
        parts.push(node.textContent ?? '');
      }
    }
    return { rows: rows.map(place), markup: parts.join('') };
  });
}

describe('the public agenda in a browser', () => {
  it('lists 7 April 2025 as 13.00–14.00 uur when browsing 2025, in one API round trip', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/trpc/')) apiCalls.push(request.url());
    });
    await page.goto(`${site.baseUrl}/?jaar=2025`);
    await settled(page);
    // The first view's queries (sessions, themes, movements, series, editions) go as one
    // batch, and the whole year is one `agenda.list`, not a past and a coming half.
    expect(apiCalls).toHaveLength(1);
    expect(new URL(apiCalls[0]!).pathname.match(/agenda\.list/g)).toHaveLength(1);
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('maandag 7 april 2025, 13.00–14.00 uur');
    expect(await page.locator('main').innerText()).toContain(
      'maandag 3 maart 2025, 13.00–14.00 uur',
    );
    expect(await page.title()).toContain('Agenda 2025');
    await page.context().close();
  });

  it('shows the plain agenda from the page itself: rows before any script, no API call, nothing moves', async () => {
    // What the page shows before (and without) JavaScript: the app rendered by the server.
    const still = await site.browser.newContext({
      viewport: viewports.desktop,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      javaScriptEnabled: false,
    });
    const before = await still.newPage();
    await before.goto(`${site.baseUrl}/`);
    const snapshot = await firstView(before);
    await still.close();
    expect(snapshot.rows.length).toBeGreaterThan(0);

    // The app: seeded from the data in the page, it renders the same rows at once.
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/trpc/')) apiCalls.push(request.url());
    });
    await page.goto(`${site.baseUrl}/`);
    // React has taken over the container (it marks it as its root).
    await page.waitForFunction(() =>
      Object.keys(document.getElementById('root') ?? {}).some((key) =>
        key.startsWith('__reactContainer$'),
      ),
    );
    await settled(page);
    const app = await firstView(page);
    expect(apiCalls).toEqual([]);
    expect(app.rows).toEqual(snapshot.rows);
    expect(app.markup).toBe(snapshot.markup);
    await context.close();
  });

  it('lists the programmes at organisations’ own locations in the same single request', async () => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/trpc/')) apiCalls.push(request.url());
    });
    await page.goto(`${site.baseUrl}/?jaar=2021&soort=lokaal`);
    await settled(page);
    expect(apiCalls).toHaveLength(1);
    expect(apiCalls[0]).not.toContain('week.localProgrammes');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Open deuren-wandeling door de wijk');
    expect(text).toContain('Radicale vernieuwing en beleid: open middag bij VWS');
    expect(text).not.toContain('RV Late Nightshow');
    expect(text).not.toContain('Meelopen met een wijkteam');
    // Every series is offered, also in a year without any of its sessions.
    const series = await page
      .getByLabel('Reeks', { exact: true })
      .locator('option')
      .allInnerTexts();
    expect(series).toContain('Jamsessies Vrijheid en veiligheid');
    await screenshot(page, 'agenda-lokaal-2021');
    await context.close();
  });

  it('leads from a session to its published report', async () => {
    const page = await openPage(`/agenda/${await reportedSessionSlug()}`);
    await settled(page);
    const link = page.getByRole('link', { name: /Lees het verslag: Korte Jamsessies/ });
    expect(await link.getAttribute('href')).toBe(`/verslagen/${REPORT_SLUG}`);
    await link.click();
    await page
      .getByRole('heading', { level: 1, name: /Korte Jamsessies Vrijheid smaken naar meer/ })
      .waitFor();
    await page.context().close();
  });

  it('narrows the list with a theme filter that survives a reload', async () => {
    const page = await openPage('/?jaar=2025');
    await settled(page);
    const cards = page.locator('.month li');
    const before = await cards.count();
    await page.getByLabel('Thema', { exact: true }).selectOption('open-deuren');
    await page.waitForURL(/thema=open-deuren/);
    // The old list stays (dimmed) until the new answer is in: wait for the narrowed list.
    await expect
      .poll(async () => {
        const n = await cards.count();
        return n > 0 && n < before;
      })
      .toBe(true);
    await settled(page);
    const after = await cards.count();
    expect(await page.locator('main').innerText()).not.toContain('maandag 7 april 2025');
    for (const text of await cards.allInnerTexts()) expect(text).toContain('Open deuren');

    await page.reload();
    await settled(page);
    expect(page.url()).toContain('thema=open-deuren');
    expect(await page.getByLabel('Thema', { exact: true }).inputValue()).toBe('open-deuren');
    await expect.poll(() => cards.count()).toBe(after);
    await page.context().close();
  });

  it('moves between pages without reloading, focus on the new page', async () => {
    const page = await openPage('/');
    await settled(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Verslagen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Verslagen' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    expect(await page.title()).toBe('Verslagen · Radicale vernieuwing');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.context().close();
  });

  it('shows a report with its tips', async () => {
    const page = await openPage(`/verslagen/${REPORT_SLUG}`);
    await settled(page);
    expect(
      await page.getByRole('heading', { name: 'Tips uit de Jamsessie' }).count(),
    ).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Open, tenzij');
    expect(text).toContain('Heel waardevol wat je elkaar mee kan geven');
    await page.context().close();
  });

  it('shows the five days of the 2021 week edition', async () => {
    const page = await openPage(`/week/${EDITION_SLUG}`);
    await settled(page);
    expect(await page.locator('section.week-day').count()).toBe(5);
    expect(await page.locator('main').innerText()).toContain('samen doorbreken we muren!');
    expect(await page.getByText('RV Late Nightshow').count()).toBeGreaterThanOrEqual(5);
    // The Late Nightshow's guests with the organisations they come from.
    expect(await page.locator('main').innerText()).toContain(', HVO-Querido');
    await page.context().close();
  });
});
