import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** The server and the browser that the tests of one file drive. */
export type TestSite = { readonly baseUrl: string; readonly browser: Browser };

/**
 * Starts a server and a Chromium before the calling file's first test and stops both after its
 * last. Each file gets a database of its own (a fresh PGlite folder with the demo data), so no
 * file depends on what another one changed, whatever order vitest runs the files in. `env`
 * adds server settings known only once earlier hooks ran (e.g. a local SMTP server's URL).
 */
export function useTestSite(env: () => Record<string, string> = () => ({})): TestSite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer(env());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get baseUrl() {
      if (!server) throw new Error('the test site starts in beforeAll: use it inside a test');
      return server.baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('the test site starts in beforeAll: use it inside a test');
      return browser;
    },
  };
}

/** `expect.poll` with room for a busy machine (two cores shared by several processes). */
export function eventually<T>(
  read: () => T | Promise<T>,
): ReturnType<typeof expect.poll<T | Promise<T>>> {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

/** Waits until the page shows its content: an h1 and no skeleton left. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}
