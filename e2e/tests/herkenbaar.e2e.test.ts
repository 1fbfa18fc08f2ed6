import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinator, expectAccessible } from '../support/admin.js';
import { newContext, screenshot, viewports } from '../support/browser.js';
import { useMailbox } from '../support/mailbox.js';
import { eventually, settled, useTestSite } from '../support/site.js';

const mailbox = useMailbox();
const site = useTestSite(() => ({ SMTP_URL: mailbox.url }));
const { signedIn, go, plannedSessionId } = coordinator(site);

/** A demo participant at a participating organisation: the series' link may go to her. */
const EMAIL = 'sanne.willems@delinde.example';
const KOP = 'Samen wandelen met vrijwilligers';

async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [viewports.phone, viewports.desktop]) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `${name} at ${viewport.width}px`);
    await screenshot(page, name);
  }
}

/** Calls a procedure with the page's own cookies (the coordinator's session). */
async function call<T>(page: Page, path: string, input: unknown, kind: 'query' | 'mutation') {
  const url = `${site.baseUrl}/trpc/${path}`;
  const res =
    kind === 'query'
      ? await page.request.get(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await page.request.post(url, { data: input, headers: { Origin: site.baseUrl } });
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  expect(body.error, JSON.stringify(body.error)).toBeUndefined();
  return body.result!.data;
}

describe('"herkenbaar" before a session', () => {
  it('lets a participant mark a title, and shows the count in the inventory', async () => {
    const { page } = await signedIn();
    // A session of the series a week from now, with one question that has a kop and consent.
    const sessionId = await plannedSessionId(page);
    const { session } = await call<{ session: { version: number } }>(
      page,
      'admin.sessions.get',
      { id: sessionId },
      'query',
    );
    const hour = 60 * 60_000;
    const startsAt = Math.ceil((Date.now() + 7 * 24 * hour) / hour) * hour;
    await call(
      page,
      'admin.sessions.reschedule',
      {
        id: sessionId,
        version: session.version,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + hour).toISOString(),
      },
      'mutation',
    );
    const { dilemma } = await call<{ dilemma: { id: string; version: number } }>(
      page,
      'admin.dilemmas.add',
      {
        sessionId,
        text: 'Hoe laten we bewoners met vrijwilligers wandelen zonder dat de familie zich zorgen maakt?',
        ownerName: 'Tjeerd',
        consent: 'shareable_anonymised',
      },
      'mutation',
    );
    await call(
      page,
      'admin.dilemmas.update',
      { id: dilemma.id, version: dilemma.version, kop: KOP },
      'mutation',
    );

    // The participant signs in by the link from the mail.
    const context = await newContext(site.browser, viewports.phone);
    let mine = await context.newPage();
    await mine.goto(`${site.baseUrl}/mijn-gegevens`);
    await settled(mine);
    await mine.getByLabel('Je e-mailadres').fill(EMAIL);
    await mine.getByRole('button', { name: 'Stuur mij een link' }).click();
    await eventually(() => mailbox.received.filter((m) => m.to.includes(EMAIL)).length).toBe(1);
    const mail = mailbox.received.find((m) => m.to.includes(EMAIL))!;
    const token = /\/mijn-gegevens#aanmelden=([A-Za-z0-9_-]{43})\s/.exec(mail.text)?.[1];
    expect(token, mail.text).toBeDefined();
    // Following the link opens the page anew (a new tab), as from the mail.
    await mine.close();
    mine = await context.newPage();
    await mine.goto(`${site.baseUrl}/mijn-gegevens#aanmelden=${token}`);
    await mine.getByRole('button', { name: 'Ga verder naar mijn gegevens' }).click();
    await mine.getByRole('heading', { level: 2, name: 'Herkenbaar?' }).waitFor();
    const box = mine.getByRole('checkbox', { name: KOP });
    await box.waitFor();
    await settled(mine);
    // Only the kop: never the owner or the question's own words.
    const shown = await mine.locator('main').innerText();
    expect(shown).not.toContain('Tjeerd');
    expect(shown).not.toContain('zorgen maakt');
    await checkBothWidths(mine, 'herkenbaar-participant');

    await box.check();
    await eventually(() => mine.getByRole('status').allInnerTexts()).toContain(
      `Je herkent „${KOP}”.`,
    );
    await eventually(() => box.isChecked()).toBe(true);
    await checkBothWidths(mine, 'herkenbaar-participant-marked');
    await context.close();

    // The coordinator's inventory shows the count, never who.
    await go(page, `/beheer/sessies/${sessionId}/inventarisatie`);
    await eventually(() => page.locator('.dilemma').filter({ hasText: KOP }).innerText()).toContain(
      '1 deelnemer herkent dit',
    );
    await checkBothWidths(page, 'herkenbaar-inventory');
  });
});
