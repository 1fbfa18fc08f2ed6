import { databaseKindsUnderTest } from '@jamsessie/db';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededServer, type SeededServer } from '../../testing/seeded-server.js';

const DRAFT_TIP = 'Een tip uit een verslag dat nog concept is.';

/** A strict XML parse (well-formedness errors throw): the items' titles and links. */
function parseRss(xml: string): { channelLink: string; items: { title: string; link: string }[] } {
  const parser = new SaxesParser();
  const path: string[] = [];
  const items: { title: string; link: string }[] = [];
  let channelLink = '';
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    if (tag.name === 'item') items.push({ title: '', link: '' });
  });
  parser.on('closetag', () => path.pop());
  const onText = (text: string) => {
    const [parent, name] = path.slice(-2);
    const item = items.at(-1);
    if (parent === 'item' && item && (name === 'title' || name === 'link')) item[name] += text;
    if (parent === 'channel' && name === 'link') channelLink += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return { channelLink, items };
}

describe.each(databaseKindsUnderTest())('the tips feed on %s', (kind) => {
  let s: SeededServer;

  beforeAll(async () => {
    s = await startSeededServer(kind);
    const { session_id } = await s.handle.db
      .selectFrom('report')
      .select('session_id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    await s.handle.db
      .insertInto('report')
      .values({
        session_id,
        slug: 'concept-met-tips',
        title: 'Concept',
        tips: JSON.stringify([DRAFT_TIP]),
      })
      .execute();
  });
  afterAll(() => s?.close());

  it('serves the tips of published reports as RSS 2.0 that parses, each linking to its report', async () => {
    const res = await fetch(s.url('/tips.rss'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await res.text();
    const feed = parseRss(xml);
    expect(feed.channelLink).toBe(`${s.server.baseUrl}/tips`);
    expect(feed.items.length).toBeGreaterThanOrEqual(10);
    const bicycle = feed.items.find((item) => item.title.startsWith('Een fiets voor het team'));
    expect(bicycle?.link).toBe(
      `${s.server.baseUrl}/verslagen/korte-jamsessies-vrijheid-smaken-naar-meer`,
    );
    expect(xml).toContain('van de Jamsessie van 3 maart 2025');
    expect(xml).not.toContain(DRAFT_TIP);
    expect(() => parseRss('<rss><channel></rss>'), 'the parser is strict').toThrow();
  });

  it('answers HEAD too and refuses other methods', async () => {
    expect((await fetch(s.url('/tips.rss'), { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(s.url('/tips.rss'), { method: 'POST' })).status).toBe(405);
  });
});
