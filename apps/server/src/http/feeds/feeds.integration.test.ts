import { databaseKindsUnderTest } from '@jamsessie/db';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DRAFT_MARKER,
  LINK_HOST,
  PRIVATE_MARKER,
  startSeededServer,
  type SeededServer,
} from '../../testing/seeded-server.js';

function eventStarts(ics: string): string[] {
  return Object.values(nodeIcal.sync.parseICS(ics))
    .filter((component): component is VEvent => component?.type === 'VEVENT')
    .map((event) => new Date(event.start).toISOString());
}

/** Everything a client could read from a response: status, headers and body. */
async function readAll(response: Response): Promise<string> {
  const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}

describe.each(databaseKindsUnderTest())('health and feeds on %s', (kind) => {
  let s: SeededServer;

  beforeAll(async () => {
    s = await startSeededServer(kind);
  });
  afterAll(() => s?.close());

  it('answers /healthz with 200 {status: ok}', async () => {
    const res = await fetch(s.url('/healthz'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  describe('calendar feeds', () => {
    it('/agenda.ics parses and has 3 March 12:00Z and 7 April 11:00Z (summer time)', async () => {
      const res = await fetch(s.url('/agenda.ics'));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const starts = eventStarts(await res.text());
      expect(starts).toContain('2025-03-03T12:00:00.000Z');
      expect(starts).toContain('2025-04-07T11:00:00.000Z');
    });

    it('sends a strong ETag and 304 for If-None-Match', async () => {
      const first = await fetch(s.url('/agenda.ics'));
      const etag = first.headers.get('etag');
      // fetch asks for gzip: the gzipped representation has an ETag of its own.
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}(-gz)?"$/);
      const again = await fetch(s.url('/agenda.ics'), { headers: { 'If-None-Match': etag ?? '' } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const changed = await fetch(s.url('/agenda.ics'), {
        headers: { 'If-None-Match': '"other"' },
      });
      expect(changed.status).toBe(200);
    });

    it('serves theme, series and single-session feeds, and 404 for unknown slugs', async () => {
      const themes = await s.handle.db.selectFrom('theme').select('slug').execute();
      expect(themes.length).toBeGreaterThan(0);
      for (const { slug } of themes) {
        expect((await fetch(s.url(`/agenda/thema/${slug}.ics`))).status).toBe(200);
      }
      const series = await fetch(s.url('/agenda/reeks/jamsessies-vvlg.ics'));
      expect(eventStarts(await series.text())).toContain('2025-03-03T12:00:00.000Z');
      const { slug } = await s.handle.db
        .selectFrom('session')
        .select('slug')
        .where('starts_at', '=', '2025-04-07T11:00:00.000Z')
        .executeTakeFirstOrThrow();
      const single = await fetch(s.url(`/agenda/sessie/${slug}.ics`));
      expect(eventStarts(await single.text())).toEqual(['2025-04-07T11:00:00.000Z']);
      for (const path of ['thema', 'reeks', 'sessie']) {
        const missing = await fetch(s.url(`/agenda/${path}/bestaat-niet.ics`));
        expect(missing.status).toBe(404);
        expect(await missing.text()).toContain('bestaat niet');
      }
    });
  });

  it('serves the published reports as RSS 2.0', async () => {
    const res = await fetch(s.url('/verslagen.rss'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<item>');
    expect(xml).toContain(`${s.server.baseUrl}/verslagen/`);
    expect(xml).toContain('Reacties');
    expect(xml).not.toContain(PRIVATE_MARKER);
    expect(xml).not.toContain(DRAFT_MARKER);
    expect(xml).not.toContain('concept-verslag');
  });

  it('never shows a meeting link in a feed, a header or an error', async () => {
    const sessions = await s.handle.db.selectFrom('session').select('slug').execute();
    const themes = await s.handle.db.selectFrom('theme').select('slug').execute();
    const paths = [
      '/agenda.ics',
      '/agenda/reeks/jamsessies-vvlg.ics',
      '/verslagen.rss',
      ...themes.map((t) => `/agenda/thema/${t.slug}.ics`),
      ...sessions.map((s) => `/agenda/sessie/${s.slug}.ics`),
      '/agenda/sessie/bestaat-niet.ics',
      '/bestaat-niet.js',
      '/trpc/bestaat.niet',
      '/trpc/auth.me',
    ];
    for (const path of paths) {
      const text = await readAll(await fetch(s.url(path)));
      expect(text, path).not.toContain(LINK_HOST);
    }
    const refused = await fetch(s.url('/trpc/auth.login'), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ email: LINK_HOST }),
    });
    expect(await readAll(refused)).not.toContain(LINK_HOST);
  });
});
