import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  launchBrowser,
  newContext,
  screenshot,
  viewports,
} from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

/** The demo series' meeting link lives on this host; it must never reach a browser. */
const SECRET_HOST = 'zoom.example';
const REPORT_SLUG = 'korte-jamsessies-vrijheid-smaken-naar-meer';
const EDITION_SLUG = 'week-van-de-radicale-vernieuwing-2021';

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

async function openPage(path: string, viewport = viewports.desktop): Promise<Page> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}${path}`);
  return page;
}

/** Waits until the page shows its content: no skeleton left and an h1 present. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}

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

/** The first session of 2025: 3 March, whose report has been published. */
async function reportedSessionSlug(): Promise<string> {
  const page = await openPage('/?jaar=2025&soort=jamsessie');
  await settled(page);
  const href = await page.locator('.month a[href^="/agenda/"]').first().getAttribute('href');
  await page.context().close();
  expect(href).toMatch(/^\/agenda\/[a-z0-9-]+$/);
  return href!.replace('/agenda/', '');
}

/** The slug of the first session in the coming agenda (the demo series runs a year ahead). */
async function upcomingSessionSlug(): Promise<string> {
  const page = await openPage('/');
  await settled(page);
  const href = await page.locator('.month a[href^="/agenda/"]').first().getAttribute('href');
  await page.context().close();
  expect(href).toMatch(/^\/agenda\/[a-z0-9-]+$/);
  return href!.replace('/agenda/', '');
}

describe('the public agenda in a browser', () => {
  it('lists 7 April 2025 as 13.00–14.00 uur when browsing 2025, in one API round trip', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/trpc/')) apiCalls.push(request.url());
    });
    await page.goto(`${server.baseUrl}/?jaar=2025`);
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
    const still = await browser.newContext({
      viewport: viewports.desktop,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      javaScriptEnabled: false,
    });
    const before = await still.newPage();
    await before.goto(`${server.baseUrl}/`);
    const snapshot = await firstView(before);
    await still.close();
    expect(snapshot.rows.length).toBeGreaterThan(0);

    // The app: seeded from the data in the page, it renders the same rows at once.
    const context = await newContext(browser);
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/trpc/')) apiCalls.push(request.url());
    });
    await page.goto(`${server.baseUrl}/`);
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
    const context = await newContext(browser);
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/trpc/')) apiCalls.push(request.url());
    });
    await page.goto(`${server.baseUrl}/?jaar=2021&soort=lokaal`);
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

  it('never reveals the meeting link, whatever address asks for it', async () => {
    const slug = await upcomingSessionSlug();
    const page = await openPage(`/agenda/${slug}`);
    const bodies: string[] = [];
    const reads: Promise<void>[] = [];
    page.on('response', (response: Response) => {
      reads.push(
        response
          .text()
          .then((text) => void bodies.push(text))
          .catch(() => undefined),
      );
    });
    await settled(page);
    const confirmations: string[] = [];
    // The page has two address fields (the link and the mail subscription): use the link's.
    const linkForm = page.locator('#meedoen');
    for (const email of ['iemand@delinde.example', 'onbekend@elders.example']) {
      await linkForm.getByLabel('Je e-mailadres').fill(email);
      await page.getByRole('button', { name: 'Stuur mij de link' }).click();
      const status = page.locator('.link-form [role="status"]');
      await status.waitFor();
      confirmations.push(await status.innerText());
      await page.getByRole('button', { name: 'Nog een adres invullen' }).click();
    }
    expect(confirmations[0]).toContain('hebben we de link zojuist naar je gestuurd');
    expect(confirmations[1]).toBe(confirmations[0]);
    await Promise.all(reads);
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) expect(body).not.toContain(SECRET_HOST);
    expect(await page.content()).not.toContain(SECRET_HOST);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({
      '@type': 'Event',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: `${server.baseUrl}/agenda/${slug}` },
    });
    await page.context().close();
  });

  it('offers the series documents as real files and a mail subscription with double opt-in', async () => {
    const slug = await upcomingSessionSlug();
    for (const [n, viewport] of [viewports.phone, viewports.desktop].entries()) {
      const page = await openPage(`/agenda/${slug}`, viewport);
      await settled(page);
      const documents = page.getByRole('region', { name: 'Documenten van de reeks' });
      const hrefs = await documents
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs).toHaveLength(4);
      for (const href of hrefs) {
        expect(href).toMatch(
          /^\/downloads\/reeks\/[a-z0-9-]+\/(schema\.pdf|beschrijving\.pdf|uitnodiging\.pdf|uitnodiging\.png)$/,
        );
      }
      if (n === 0) {
        // The schedule is generated from the data: a real PDF, served as one.
        const schedule = hrefs.find((href) => href.endsWith('/schema.pdf'))!;
        const answer = await page.request.get(`${server.baseUrl}${schedule}`);
        expect(answer.status()).toBe(200);
        expect(answer.headers()['content-type']).toBe('application/pdf');
        const body = await answer.body();
        expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(body.length).toBeGreaterThan(1000);
      }

      // Subscribing by e-mail: the answer asks to confirm through the mailed link.
      const subscribe = page.getByRole('region', { name: 'Abonneren per e-mail' });
      await subscribe.getByLabel('Je e-mailadres').fill('geen-adres');
      await subscribe.getByRole('button', { name: 'Abonneren' }).click();
      await eventually(() => subscribe.locator('.field__error').innerText()).toContain(
        'Vul een geldig e-mailadres in.',
      );
      await subscribe.getByLabel('Je e-mailadres').fill(`lezer${n}@zorggroep.example`);
      await subscribe.getByRole('button', { name: 'Abonneren' }).click();
      const status = subscribe.getByRole('status');
      await eventually(() => status.innerText()).toContain('Bijna klaar');
      expect(await status.innerText()).toContain('Bevestig je aanmelding met de link daarin');
      expect(await accessibilityViolations(page)).toEqual([]);
      await subscribe.scrollIntoViewIfNeeded();
      await screenshot(page, 'agenda-sessie-abonneren');
      await page.context().close();
    }
  });

  it('shows the pages behind the links in subscription mail in the agenda’s style, without JavaScript', async () => {
    const context = await browser.newContext({
      viewport: viewports.desktop,
      locale: 'nl-NL',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/abonnement/bevestigen?token=e2e-onbekend`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelding bevestigen' }).waitFor();
    // The agenda's own stylesheet is applied: the header has its white surface and border.
    const headerBorder = await page
      .locator('.site-header')
      .evaluate((el) => getComputedStyle(el).borderBottomStyle);
    expect(headerBorder).toBe('solid');
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Naar de agenda' }).getAttribute('href')).toBe('/');
    // The button posts the form without any script: an unknown token gets a clear answer.
    await page.getByRole('button', { name: 'Bevestig mijn aanmelding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' }).waitFor();
    await screenshot(page, 'abonnement-ongeldig');
    await context.close();
  });

  it('takes a dilemma privately, warning live about client names', async () => {
    const slug = await upcomingSessionSlug();
    const page = await openPage(`/agenda/${slug}/dilemma`);
    await settled(page);
    expect(await page.getByRole('radio', { name: /Privé/ }).isChecked()).toBe(true);
    const field = page.getByLabel('Je vraag of dilemma');
    await field.fill('Meneer Jansen op kamer 12 wil elke dag naar buiten.');
    await expect.poll(() => page.locator('.field__warning').innerText()).toContain('Meneer Jansen');
    await field.fill('Hoe gaan jullie om met weerstand van mantelzorgers bij open deuren?');
    await expect.poll(() => page.locator('.field__warning').count()).toBe(0);
    await page.getByLabel(/Je e-mailadres/).fill('geen-adres');
    await page.getByRole('button', { name: 'Vraag insturen' }).click();
    const email = page.getByLabel(/Je e-mailadres/);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field__error').innerText()).toContain(
      'Vul een geldig e-mailadres in.',
    );
    await email.fill('');
    await page.getByRole('button', { name: 'Vraag insturen' }).click();
    const thanks = page.getByRole('status').filter({ hasText: 'je vraag is ontvangen' });
    await thanks.waitFor();
    expect(await thanks.innerText()).toContain('privé');
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

describe('every page type is accessible and looks right at 360 and 1280 px', () => {
  const pageTypes: { name: string; path: () => string | Promise<string> }[] = [
    { name: 'agenda', path: () => '/' },
    { name: 'sessie', path: async () => `/agenda/${await upcomingSessionSlug()}` },
    { name: 'sessie-met-verslag', path: async () => `/agenda/${await reportedSessionSlug()}` },
    { name: 'dilemma', path: async () => `/agenda/${await upcomingSessionSlug()}/dilemma` },
    { name: 'week-lijst', path: () => '/week' },
    { name: 'week-editie', path: () => `/week/${EDITION_SLUG}` },
    { name: 'verslagen', path: () => '/verslagen' },
    { name: 'verslag', path: () => `/verslagen/${REPORT_SLUG}` },
    { name: 'deelnemers', path: () => '/deelnemers' },
    { name: 'embed', path: () => '/embed' },
    { name: '404', path: () => '/bestaat-niet' },
    { name: 'abonnement-bevestigen', path: () => '/abonnement/bevestigen?token=e2e-voorbeeld' },
    { name: 'abonnement-afmelden', path: () => '/abonnement/afmelden?token=e2e-voorbeeld' },
  ];

  for (const pageType of pageTypes) {
    it(`${pageType.name}: no axe violations, screenshots taken`, async () => {
      const path = await pageType.path();
      for (const viewport of [viewports.phone, viewports.desktop]) {
        const page = await openPage(path, viewport);
        await settled(page);
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `agenda-${pageType.name}`);
        await page.context().close();
      }
    });
  }
});
