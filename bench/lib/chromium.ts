import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium with the same flags as the browser tests (e2e/support/browser.ts):
 * without the background-networking flags it keeps dialling out and fails.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// Runs in the page before any of its own scripts: records performance.now() (ms since the
// navigation started) at the moment the first element matching the selector is in the DOM.
const observeFirst = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const mark = () => {
    if (window.__benchFirst === undefined && document.querySelector(selector)) {
      window.__benchFirst = performance.now();
    }
    return window.__benchFirst !== undefined;
  };
  new MutationObserver((_, observer) => { if (mark()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();`;

/** A resource the page fetched: start and end of its response, ms since navigation start. */
export type ResourceTiming = {
  readonly name: string;
  readonly start: number;
  readonly end: number;
};

/** When the first match appeared, and what the page had fetched by then. */
export type FirstTiming = { readonly ms: number; readonly resources: readonly ResourceTiming[] };

/**
 * Opens `url` in a fresh context (empty cache, Dutch locale, Amsterdam zone, desktop size) and
 * returns the milliseconds from the start of navigation until `selector` first matched, with the
 * page's resource timings (to tell script loading from the API call in the result).
 *
 * @example const ms = await msToFirst(browser, 'http://127.0.0.1:3000/', '.agenda-list li');
 */
export async function msToFirst(
  browser: Browser,
  url: string,
  selector: string,
): Promise<FirstTiming> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    await context.addInitScript({ content: observeFirst(selector) });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // Functions, not strings: the app's CSP forbids eval, and Playwright evaluates strings so.
    // They are serialised into the page, so each must stand alone (no closures).
    await page.waitForFunction(
      () => (globalThis as { __benchFirst?: number }).__benchFirst !== undefined,
      null,
      { timeout: 30_000 },
    );
    return await page.evaluate(() => {
      type Entry = { name: string; startTime: number; responseEnd: number };
      const scope = globalThis as unknown as {
        __benchFirst: number;
        performance: { getEntriesByType(type: string): Entry[] };
      };
      return {
        ms: scope.__benchFirst,
        resources: scope.performance
          .getEntriesByType('resource')
          .map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
      };
    });
  } finally {
    await context.close();
  }
}
