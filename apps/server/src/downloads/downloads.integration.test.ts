import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  APRIL_SESSION_ID,
  DEMO_MEETING_LINK,
  SERIES_ID,
  createTestDatabase,
  databaseKindsUnderTest,
  findSessionById,
  listSessionsOfSeries,
  seedDemoData,
  updateSession,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDownloadsHandler } from './downloads.route.js';
import { writeFileSync } from 'node:fs';
import { documentTitle } from './document-texts.js';
import { invitationCard } from './documents/invitation-card.document.js';
import { invitationTarget } from './documents/invitation.document.js';
import { pagesText } from './layout/display-list.js';
import { cardTextWidth } from './render/card-fonts.js';
import { renderPng } from './render/svg.render.js';
import { loadSeriesDocumentData } from './series-documents.data.js';
import { readPdf, readPngSize, renderFirstPage } from './testing/read-back.testing.js';

const SERIES = 'jamsessies-vvlg';
const BASE_URL = 'https://jamsessie.test';
/** Before the first session of the series (3 March 2025). */
const NOW = new Date('2025-03-01T09:00:00.000Z');
/** Where the renderings are kept to look at after a run. */
const LOOK_DIR = join(tmpdir(), 'jamsessie-downloads');

describe.each(databaseKindsUnderTest())('downloads on %s', (kind) => {
  let handle: DatabaseHandle;
  let server: Server;
  let origin = '';
  let now = NOW;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${origin}${path}`, { headers });
  const bytes = async (path: string) => new Uint8Array(await (await get(path)).arrayBuffer());

  beforeAll(async () => {
    mkdirSync(LOOK_DIR, { recursive: true });
    handle = await createTestDatabase(kind);
    await seedDemoData(handle.db, { now: NOW });
    const serve = createDownloadsHandler({ db: handle.db, baseUrl: BASE_URL, now: () => now });
    server = createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      serve(req, res, pathname)
        .then((served) => {
          if (!served) res.writeHead(404).end('not a download');
        })
        .catch(() => res.writeHead(500).end());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((done) => server?.close(() => done()));
    await handle?.close();
  });

  it('schema.pdf lists every 2025 date in Amsterdam time, the themes and how to ask for the link', async () => {
    const res = await get(`/downloads/reeks/${SERIES}/schema.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="${SERIES}-schema-2025.pdf"`,
    );
    const pdf = readPdf(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize).toContain('(A4)');
    expect(pdf.title).toBe('Jamsessies VVLG 2025');
    // 3 March is winter time (12:00Z), 7 April summer time (11:00Z): both 13.00 in Amsterdam.
    expect(pdf.text).toMatch(/maandag 3 maart 2025\s+13\.00–14\.00 uur\s+Open deuren/);
    expect(pdf.text).toMatch(/maandag 7 april 2025\s+13\.00–14\.00 uur\s+Vrijheid en veiligheid/);
    expect(pdf.text).toContain('maandag 1 december 2025');
    expect(pdf.text.match(/13\.00–14\.00 uur/g)).toHaveLength(11);
    expect(pdf.text).toContain(`${BASE_URL}/agenda?reeks=${SERIES}`);
    expect(pdf.text).toContain('radicalevernieuwing@loc.nl');
    expect(pdf.text).not.toContain(DEMO_MEETING_LINK);
    expect(pdf.text).not.toContain('zoom');
    renderFirstPage(
      await bytes(`/downloads/reeks/${SERIES}/schema.pdf`),
      join(LOOK_DIR, `schema-${kind}.png`),
    );
  });

  it('sends a strong ETag, 304 for it, and a new file when a session moves or is cancelled', async () => {
    const path = `/downloads/reeks/${SERIES}/schema.pdf`;
    const first = await get(path);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect((await get(path)).headers.get('etag')).toBe(etag);
    const again = await get(path, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const april = await findSessionById(handle.db, APRIL_SESSION_ID);
    if (!april) throw new Error('demo session missing');
    const moved = await updateSession(handle.db, {
      ...april,
      startsAt: '2025-04-14T12:00:00.000Z',
      endsAt: '2025-04-14T13:00:00.000Z',
    });
    expect(moved.ok).toBe(true);
    try {
      const changed = await get(path, { 'If-None-Match': etag });
      expect(changed.status).toBe(200);
      const text = readPdf(new Uint8Array(await changed.arrayBuffer())).text;
      expect(text).toMatch(/maandag 14 april 2025\s+14\.00–15\.00 uur/);
      expect(text).not.toContain('maandag 7 april 2025');

      const current = await findSessionById(handle.db, APRIL_SESSION_ID);
      if (!current) throw new Error('demo session missing');
      await updateSession(handle.db, {
        ...current,
        status: 'cancelled',
        cancellationReason: 'Te weinig begeleiders',
      });
      const cancelled = readPdf(await bytes(path)).text;
      expect(cancelled).toMatch(/maandag 14 april 2025\s+Vervalt/);
      expect(cancelled).toContain('Vervalt: Te weinig begeleiders');
    } finally {
      const current = await findSessionById(handle.db, APRIL_SESSION_ID);
      if (current) {
        await updateSession(handle.db, {
          ...current,
          startsAt: april.startsAt,
          endsAt: april.endsAt,
          status: 'planned',
          cancellationReason: null,
        });
      }
    }
  });

  it('beschrijving.pdf explains the three steps, who may join and how, without the link', async () => {
    const res = await get(`/downloads/reeks/${SERIES}/beschrijving.pdf`);
    expect(res.status).toBe(200);
    const body = new Uint8Array(await res.arrayBuffer());
    const pdf = readPdf(body);
    expect(pdf.title).toBe(
      'Beschrijving online jamsessies vrijheid en veiligheid voor het levensgeluk',
    );
    for (const part of ['Stap 1', 'Stap 2', 'Stap 3', 'Voor wie?', 'Zo doe je mee']) {
      expect(pdf.text).toContain(part);
    }
    expect(pdf.text).toContain('Persoon A zet de camera uit');
    expect(pdf.text).toContain('Leden van LOC Waardevolle zorg');
    expect(pdf.text).toContain('Radicale vernieuwing zorg');
    expect(pdf.text).toContain('maandag 3 maart 2025, 13.00–14.00 uur');
    expect(pdf.text).not.toContain(DEMO_MEETING_LINK);
    renderFirstPage(body, join(LOOK_DIR, `beschrijving-${kind}.png`));
  });

  it('uitnodiging.pdf is one page about the next session; ?voor=reeks and ?sessie= choose', async () => {
    now = new Date('2025-03-04T09:00:00.000Z');
    try {
      const next = readPdf(await bytes(`/downloads/reeks/${SERIES}/uitnodiging.pdf`));
      expect(next.pages).toBe(1);
      expect(next.text).toContain('Doe mee op maandag 7 april 2025');
      expect(next.text).toContain('13.00–14.00 uur, online');
      expect(next.text).not.toContain('maandag 3 maart 2025');
      expect(next.text).not.toContain(DEMO_MEETING_LINK);

      const series = readPdf(await bytes(`/downloads/reeks/${SERIES}/uitnodiging.pdf?voor=reeks`));
      expect(series.pages).toBe(1);
      expect(series.text).toMatch(/Doe mee aan de Jamsessies Vrijheid en\s+veiligheid/);

      const may = (await listSessionsOfSeries(handle.db, SERIES_ID)).find(
        (s) => s.startsAt === '2025-05-05T11:00:00.000Z',
      );
      const chosen = readPdf(
        await bytes(`/downloads/reeks/${SERIES}/uitnodiging.pdf?sessie=${may?.slug ?? ''}`),
      );
      expect(chosen.text).toContain('Doe mee op maandag 5 mei 2025');
      expect(chosen.text).not.toContain('maandag 7 april 2025');
      const unknown = await get(`/downloads/reeks/${SERIES}/uitnodiging.pdf?sessie=bestaat-niet`);
      expect(unknown.status).toBe(404);
      renderFirstPage(
        await bytes(`/downloads/reeks/${SERIES}/uitnodiging.pdf`),
        join(LOOK_DIR, `uitnodiging-${kind}.png`),
      );
    } finally {
      now = NOW;
    }
  });

  it('uitnodiging.png is the 1200×630 rendering of a card naming the next date, never the link', async () => {
    const res = await get(`/downloads/reeks/${SERIES}/uitnodiging.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
    writeFileSync(join(LOOK_DIR, `uitnodiging-card-${kind}.png`), png);

    // The PNG is exactly the rendering of the card laid out from the data: read the card's text.
    const data = await loadSeriesDocumentData(handle.db, SERIES, BASE_URL);
    const target = data && invitationTarget(data, NOW);
    if (!data || !target) throw new Error('demo series missing');
    const card = invitationCard(data, target, cardTextWidth);
    const text = pagesText([card]);
    // 3 March 2025 13:00 in Amsterdam is 12:00Z; the weekday may sit on a line of its own.
    expect(text).toMatch(/maandag\s+3 maart 2025\n13\.00–14\.00 uur · online/);
    expect(text).toContain('maandag 7 april 2025, 13.00–14.00 uur');
    expect(text).toContain(`${BASE_URL}/agenda?reeks=${SERIES}`);
    expect(text).not.toContain(DEMO_MEETING_LINK);
    const expected = await renderPng(card, {
      title: documentTitle(data, 'invitation'),
      description: text,
    });
    expect(png.equals(expected)).toBe(true);
    expect(png.toString('latin1')).not.toContain('zoom.example');

    const etag = res.headers.get('etag') ?? '';
    expect(
      (await get(`/downloads/reeks/${SERIES}/uitnodiging.png`, { 'If-None-Match': etag })).status,
    ).toBe(304);
  });

  it('answers 404 for an unknown series and leaves other paths alone', async () => {
    expect((await get('/downloads/reeks/bestaat-niet/schema.pdf')).status).toBe(404);
    const notOurs = await get(`/downloads/reeks/${SERIES}/schema.png`);
    expect(await notOurs.text()).toBe('not a download');
    const post = await fetch(`${origin}/downloads/reeks/${SERIES}/schema.pdf`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
