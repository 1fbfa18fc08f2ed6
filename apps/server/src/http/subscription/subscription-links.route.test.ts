import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSubscriptionLinksHandler } from './subscription-links.route.js';

describe('subscription link pages', () => {
  let server: Server;
  let origin = '';
  const calls: string[] = [];
  let sheets: string[] = [];

  beforeAll(async () => {
    const serve = createSubscriptionLinksHandler({
      confirm: (token) => {
        calls.push(`confirm:${token}`);
        return Promise.resolve(
          token === 'goed'
            ? { status: 'confirmed', what: 'het thema ‘Open deuren’' }
            : token === 'opmaak'
              ? { status: 'confirmed', what: 'de reeks <b>Vet & "zo"</b>' }
              : { status: 'invalid' },
        );
      },
      unsubscribe: (token) => {
        calls.push(`unsubscribe:${token}`);
        return Promise.resolve();
      },
      stylesheets: () => Promise.resolve(sheets),
    });
    server = createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      void serve(req, res, pathname).then((served) => {
        if (!served) res.writeHead(404).end('elders');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  beforeEach(() => {
    calls.length = 0;
    sheets = [];
  });

  const form = (body: string) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });

  it('shows a page with a button on GET and changes nothing (mail scanners follow links)', async () => {
    const res = await fetch(`${origin}/abonnement/afmelden?token=abc.def`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<input type="hidden" name="token" value="abc.def">');
    const confirm = await (await fetch(`${origin}/abonnement/bevestigen?token=goed`)).text();
    expect(confirm).toContain('Bevestig mijn aanmelding');
    expect(calls).toEqual([]);
  });

  it('confirms with the button, and says so in Dutch; an invalid token gets 404', async () => {
    const ok = await fetch(`${origin}/abonnement/bevestigen`, form('token=goed'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('berichten over het thema ‘Open deuren’');
    const bad = await fetch(`${origin}/abonnement/bevestigen`, form('token=fout'));
    expect(bad.status).toBe(404);
    expect(calls).toEqual(['confirm:goed', 'confirm:fout']);
  });

  it('unsubscribes with the one-click POST of a mail program (RFC 8058) and with the button', async () => {
    const oneClick = await fetch(
      `${origin}/abonnement/afmelden?token=${encodeURIComponent('id.mac')}`,
      form('List-Unsubscribe=One-Click'),
    );
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toBe('Je bent afgemeld.\n');
    const button = await fetch(`${origin}/abonnement/afmelden`, form('token=id2.mac2'));
    expect(await button.text()).toContain('Je bent afgemeld');
    expect(calls).toEqual(['unsubscribe:id.mac', 'unsubscribe:id2.mac2']);
  });

  it('refuses other methods, oversized bodies and a missing token; leaves other paths alone', async () => {
    expect((await fetch(`${origin}/abonnement/afmelden`, { method: 'PUT' })).status).toBe(405);
    expect(
      (await fetch(`${origin}/abonnement/afmelden`, form(`token=${'x'.repeat(5000)}`))).status,
    ).toBe(413);
    expect((await fetch(`${origin}/abonnement/bevestigen`)).status).toBe(400);
    expect(await (await fetch(`${origin}/abonnement/anders`)).text()).toBe('elders');
    expect(calls).toEqual([]);
  });

  it('looks like the agenda: its stylesheet, a main landmark, a heading, a labelled button, a way back', async () => {
    sheets = ['/assets/index-GEDZyhD8.css'];
    const html = await (await fetch(`${origin}/abonnement/bevestigen?token=goed`)).text();
    expect(html).toContain('<link rel="stylesheet" href="/assets/index-GEDZyhD8.css">');
    expect(html).not.toContain('pagina.css');
    expect(html).toMatch(
      /<main id="inhoud" class="site-main">[\s\S]*<h1>Aanmelding bevestigen<\/h1>/,
    );
    expect(html).toContain(
      '<button type="submit" class="button">Bevestig mijn aanmelding</button>',
    );
    expect(html).toContain('<a class="button button--secondary" href="/">Naar de agenda</a>');
    expect(html).toContain('<a class="skip-link" href="#inhoud">');
    // Nothing the CSP (script-src and style-src 'self') would block, and no JavaScript needed.
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });

  it('falls back to its own small stylesheet when the agenda is not built', async () => {
    const html = await (await fetch(`${origin}/abonnement/afmelden?token=abc`)).text();
    expect(html).toContain('<link rel="stylesheet" href="/abonnement/pagina.css">');
    const css = await fetch(`${origin}/abonnement/pagina.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.site-main');
    expect((await fetch(`${origin}/abonnement/pagina.css`, { method: 'POST' })).status).toBe(405);
  });

  it('escapes what it shows of the confirmed subscription', async () => {
    const html = await (
      await fetch(`${origin}/abonnement/bevestigen`, form('token=opmaak'))
    ).text();
    expect(html).toContain('<h1>Aanmelding bevestigd</h1>');
    expect(html).toContain('de reeks &lt;b&gt;Vet &amp; &quot;zo&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
