import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaVisitor } from '../support/agenda.js';
import { accessibilityViolations, screenshot, viewports } from '../support/browser.js';
import { eventually, settled, useTestSite } from '../support/site.js';

/** The demo series' meeting link lives on this host; it must never reach a browser. */
const SECRET_HOST = 'zoom.example';

const site = useTestSite();
const { openPage, upcomingSessionSlug } = agendaVisitor(site);

describe('the public agenda in a browser', () => {
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
      location: { '@type': 'VirtualLocation', url: `${site.baseUrl}/agenda/${slug}` },
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
          /^\/downloads\/reeks\/[a-z0-9-]+\/(schema\.pdf\?jaar=\d{4}|beschrijving\.pdf|uitnodiging\.pdf|uitnodiging\.png)$/,
        );
      }
      if (n === 0) {
        // The schedule is generated from the data: a real PDF, served as one.
        const schedule = hrefs.find((href) => href.includes('/schema.pdf'))!;
        const answer = await page.request.get(`${site.baseUrl}${schedule}`);
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
    const context = await site.browser.newContext({
      viewport: viewports.desktop,
      locale: 'nl-NL',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/abonnement/bevestigen?token=e2e-onbekend`);
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
});
