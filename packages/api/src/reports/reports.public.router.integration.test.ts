import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

const REPORT_SLUG = 'korte-jamsessies-vrijheid-smaken-naar-meer';

describe.each(databaseKindsUnderTest())('reports on %s', (kind) => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof callerFor>;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    caller = callerFor(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists the published report', async () => {
    const page = await caller.reports.list();
    expect(page.items.map((r) => r.slug)).toContain(REPORT_SLUG);
    expect(page.items.find((r) => r.slug === REPORT_SLUG)?.snippet[0]?.text).toMatch(
      /^Zelfs de carnavalsdagen/,
    );
  });

  it('searches in Dutch full text, with stemming', async () => {
    const hits = await caller.reports.list({ q: 'deur' });
    expect(hits.items.map((r) => r.slug)).toEqual([REPORT_SLUG]);
    expect(hits.items[0]?.snippet.some((p) => p.match)).toBe(true);
    expect((await caller.reports.list({ q: 'ruimtevaart' })).total).toBe(0);
    // Search syntax and markup in the query are harmless.
    expect(
      (
        await caller.reports.list({
          q: `"open deuren" -hek <script>alert(1)</script>'; drop table report; --`,
        })
      ).items,
    ).toBeDefined();
  });

  it('shows where the word matched, marked, not the start of the intro (#19 defect 7)', async () => {
    const { items } = await caller.reports.list({ q: 'zebrapaden' });
    expect(items.map((r) => r.slug)).toEqual([REPORT_SLUG]);
    const snippet = items[0]!.snippet;
    expect(snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['zebrapad']);
    expect(snippet.map((p) => p.text).join('')).toContain('Vraag de dorpsraad om een zebrapad');
    expect(snippet[0]?.text).not.toMatch(/^Zelfs de carnavalsdagen/);
    // A passage from the middle says it is cut.
    expect([snippet.at(0)?.text, snippet.at(-1)?.text]).toEqual(['… ', ' …']);
    // Other word forms find it too: "fietsen" the team's "fiets".
    const bicycle = (await caller.reports.list({ q: 'fietsen' })).items[0]?.snippet ?? [];
    expect(bicycle.filter((p) => p.match).map((p) => p.text)).toEqual(['fiets']);
    // A title match is marked in the title.
    const titled = (await caller.reports.list({ q: 'smaken' })).items[0]?.titleParts ?? [];
    expect(titled.filter((p) => p.match).map((p) => p.text)).toEqual(['smaken']);
  });

  it('finds published quotes and reactions, and shows the passage', async () => {
    const quote = await caller.reports.list({ q: 'benadrukt' });
    expect(quote.items.map((r) => r.slug)).toEqual([REPORT_SLUG]);
    expect(quote.items[0]?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual([
      'benadrukt',
    ]);
    const reaction = await caller.reports.list({ q: 'kostbaar' });
    expect(reaction.total).toBe(1);
    expect(reaction.items[0]?.snippet.map((p) => p.text).join('')).toContain('kostbaar!');
  });

  it('filters by theme and keyword', async () => {
    expect((await caller.reports.list({ theme: 'zorgzame-gemeenschappen' })).total).toBe(1);
    expect((await caller.reports.list({ theme: 'open-deuren' })).total).toBe(0);
    expect((await caller.reports.list({ keyword: 'buurtbewoners' })).total).toBe(1);
    expect((await caller.reports.list({ keyword: 'bestaat-niet' })).total).toBe(0);
    expect((await caller.reports.list({ q: 'deur', theme: 'open-deuren' })).total).toBe(0);
    expect((await caller.reports.list({ q: 'deur', keyword: 'buurtbewoners' })).total).toBe(1);
  });

  it('shows a published report with consented content only', async () => {
    const { report, session } = await caller.reports.bySlug({ slug: REPORT_SLUG });
    expect(report.title).toMatch(/^Korte Jamsessies/);
    expect(report.reactions).toHaveLength(5);
    expect(session?.startsAt).toBe('2025-03-03T12:00:00.000Z');
    expect(session).not.toHaveProperty('meetingLink');
    await expect(caller.reports.bySlug({ slug: 'bestaat-niet' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('drops a reaction at once when its author withdraws consent', async () => {
    const before = await caller.reports.bySlug({ slug: REPORT_SLUG });
    const reaction = before.report.reactions[0]!;
    const author = await handle.db
      .selectFrom('reaction')
      .select('author_id')
      .where('id', '=', reaction.id)
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('consent')
      .values({
        person_id: author.author_id!,
        subject: 'reaction',
        subject_id: reaction.id,
        level: 'private',
        at: '2025-04-01T10:00:00.000Z',
      })
      .execute();
    const after = await caller.reports.bySlug({ slug: REPORT_SLUG });
    expect(after.report.reactions.map((r) => r.id)).not.toContain(reaction.id);
    expect(JSON.stringify(after)).not.toContain(reaction.text);
    // Nor does search find it by its words any more, nor show them.
    const found = await caller.reports.list({ q: 'ideeën' });
    expect(found.total).toBe(0);
    expect(JSON.stringify(found)).not.toContain(reaction.text);
  });
});
