import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Screenshots land here; CI keeps them as artefacts and people look at them. */
export const artifactsDir = resolve(import.meta.dirname, '../artifacts');

/**
 * Debian's Chromium with the flags a container needs (no sandbox, no GPU, no background
 * networking, which otherwise keeps dialling out and fails). Its form controls
 * (time, date) follow the process's language, not the context's locale: in Dutch, with
 * `chromium-l10n` installed, a time input shows 13:00 as a Dutch coordinator sees it.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    env: { ...process.env, LANG: 'nl_NL.UTF-8', LANGUAGE: 'nl' },
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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

/** The two widths every page type is checked at: a phone and a desktop. */
export const viewports = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 900 },
};

/** A fresh context (axe-core needs pages from `browser.newContext()`), Dutch locale. */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = viewports.desktop,
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

/** Writes a full-page screenshot named after the page type and width. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const path = join(artifactsDir, `${name}-${width}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and returns the violations, summarised. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
