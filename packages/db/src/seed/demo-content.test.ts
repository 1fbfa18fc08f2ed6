import { createHash } from 'node:crypto';
import {
  consentLookupFrom,
  mayNameClient,
  reportConsentGaps,
  ReportAttachment,
  toLocalParts,
} from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from './demo-data.js';
import {
  APRIL_SESSION_ID,
  DEMO_PRIVATE_DILEMMA_MARKER,
  DILEMMA_IDS,
  MARCH_SESSION_ID,
} from './demo-dilemmas.js';
import { themeId } from './demo-taxonomy.js';
import { WEEK_2021_ID, WEEK_2022_ID } from './demo-week.js';

const data = buildDemoData(new Date('2026-11-23T10:00:00.000Z'));
const report = data.reports[0]!;

describe('the 3 March 2025 report', () => {
  it('carries what its source carries: the two downloads and how to ask for the one fixed link', () => {
    expect(report.attachments).toEqual([
      {
        title: 'Jamsessies VVLG 2025 (schema)',
        url: '/downloads/reeks/jamsessies-vvlg/schema.pdf?jaar=2025',
      },
      {
        title: 'Beschrijving online jamsessies vrijheid en veiligheid voor het levensgeluk',
        url: '/downloads/reeks/jamsessies-vvlg/beschrijving.pdf',
      },
    ]);
    for (const attachment of report.attachments) {
      expect(ReportAttachment.safeParse(attachment).success).toBe(true);
    }
    expect(report.intro).toMatch(/één vaste link/);
    expect(report.intro).toMatch(/Vraag de link aan/);
  });

  it('is published for the 3 March session, on 24 March 2025', () => {
    expect(report).toMatchObject({
      sessionId: MARCH_SESSION_ID,
      title: 'Korte Jamsessies Vrijheid smaken naar meer, volgende is 7 april',
      status: 'published',
      publishedAt: '2025-03-24T09:00:00.000Z',
    });
  });

  it('has a section per dilemma, in the order they were discussed', () => {
    expect(report.sections.map((section) => section.dilemmaId)).toEqual([
      DILEMMA_IDS.pickingUp,
      DILEMMA_IDS.informalCarers,
      DILEMMA_IDS.publicOpinion,
    ]);
  });

  it('carries every tip of the text', () => {
    const tips = report.sections.flatMap((section) => section.tips).join('\n');
    for (const fragment of [
      'Open, tenzij',
      'mdo',
      'gps',
      'flyeren',
      'fiets',
      'snackbar',
      'supermarkt',
      'vrijwilligers',
      'zebrapad',
      'dorpsraad',
      'ergo- en fysiotherapeuten',
      'bankjes',
      'oud-ondernemer',
    ]) {
      expect(tips.toLowerCase()).toContain(fragment.toLowerCase());
    }
  });

  it('has five quotable reactions and needs no consent that is not recorded', () => {
    expect(report.reactions).toHaveLength(5);
    expect(report.reactions.every((reaction) => reaction.consent === 'quotable')).toBe(true);
    expect(reportConsentGaps(report, consentLookupFrom(data.consents))).toEqual([]);
  });

  it('is tagged with the two site themes and the thirteen keywords', () => {
    expect(report.themeIds).toEqual([
      themeId('zorgzame-gemeenschappen'),
      themeId('voorbij-sectoren'),
    ]);
    expect(report.keywordIds).toHaveLength(13);
    expect(new Set(report.keywordIds)).toEqual(new Set(data.keywords.map((k) => k.id)));
  });
});

describe('the dilemmas', () => {
  it('gives the 3 March dilemmas the agreed consent levels', () => {
    const march = data.dilemmas.filter((dilemma) => dilemma.sessionId === MARCH_SESSION_ID);
    expect(march.map((dilemma) => [dilemma.position, dilemma.consent, dilemma.status])).toEqual([
      [0, 'quotable', 'discussed'],
      [1, 'shareable_anonymised', 'discussed'],
      [2, 'shareable_anonymised', 'discussed'],
    ]);
  });

  it('keeps the 7 April dilemma private, and its marker nowhere else', () => {
    const marked = data.dilemmas.filter((d) => d.text.includes(DEMO_PRIVATE_DILEMMA_MARKER));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ sessionId: APRIL_SESSION_ID, consent: 'private' });
    const { dilemmas: _dilemmas, ...rest } = data;
    expect(JSON.stringify(rest)).not.toContain(DEMO_PRIVATE_DILEMMA_MARKER);
  });

  it('names no client in any dilemma', () => {
    for (const dilemma of data.dilemmas) expect(mayNameClient(dilemma.text).flagged).toBe(false);
  });

  it('comes with a finished protocol run of the three discussed dilemmas', () => {
    const run = data.protocolRuns[0];
    expect(run?.sessionId).toBe(MARCH_SESSION_ID);
    expect(run?.state.phase).toBe('finished');
    expect(run?.state.slots.map((slot) => slot.outcome)).toEqual(['done', 'done', 'done']);
    expect(run?.state.notes.length).toBeGreaterThan(5);
  });
});

describe('the weeks', () => {
  it('shows the 2021 film "De week in 9 minuten" under a reserved example domain', () => {
    const [first, second] = [WEEK_2021_ID, WEEK_2022_ID].map((id) =>
      data.weekEditions.find((edition) => edition.id === id)!,
    );
    expect(new URL(first!.videoUrl!).hostname).toMatch(/\.example$/);
    expect(first!.videoUrl).toContain('week-in-9-minuten');
    expect(second!.videoUrl).toBeNull();
  });

  const daysOf = (editionId: string) => data.weekDays.filter((d) => d.editionId === editionId);
  const itemsOf = (dayId: string) => data.programmeItems.filter((i) => i.dayId === dayId);

  it('gives 2021 five sector days, 1–5 November, each with plenary, sessions and a show', () => {
    const days = daysOf(WEEK_2021_ID);
    expect(days.map((day) => [day.date, day.sector])).toEqual([
      ['2021-11-01', 'zorg'],
      ['2021-11-02', 'langdurige-ggz'],
      ['2021-11-03', 'zorgonderwijs'],
      ['2021-11-04', 'jeugdzorg'],
      ['2021-11-05', 'voorbij-sectoren'],
    ]);
    for (const day of days) {
      const kinds = itemsOf(day.id).map((item) => item.kind);
      expect(kinds.filter((kind) => kind === 'plenary')).toHaveLength(1);
      expect(kinds.filter((kind) => kind === 'late_night_show')).toHaveLength(1);
      const sessions = kinds.filter((kind) => kind === 'inspiration_session').length;
      expect(sessions).toBeGreaterThanOrEqual(2);
      expect(sessions).toBeLessThanOrEqual(3);
      expect(day.summary.length).toBeGreaterThan(100);
    }
  });

  it('has local programmes by VWS and a demo organisation, and one still proposed', () => {
    const local = data.programmeItems.filter((item) => item.kind === 'local_programme');
    const hosts = local.map((item) => data.organisations.find((o) => o.id === item.organisationId));
    expect(hosts.map((organisation) => organisation?.kind)).toContain('ministry');
    expect(hosts.some((organisation) => organisation?.name.includes('(demo)'))).toBe(true);
    expect(local.filter((item) => item.proposalStatus === 'proposed')).toHaveLength(1);
  });

  it('names the real organisations of the Tuesday show', () => {
    const tuesday = daysOf(WEEK_2021_ID).find((day) => day.date === '2021-11-02')!;
    const show = itemsOf(tuesday.id).find((item) => item.kind === 'late_night_show')!;
    const guestOrganisations = new Set(
      show.roles
        .filter((role) => role.role === 'guest')
        .map((role) => data.organisations.find((o) => o.id === role.organisationId)?.slug),
    );
    expect(guestOrganisations).toEqual(
      new Set(['hvo-querido', 'ggz-noord-holland-noord', 'mentrum', 'kwintes']),
    );
  });

  it('keeps every item inside its own day, in Amsterdam time', () => {
    for (const item of data.programmeItems) {
      const day = data.weekDays.find((d) => d.id === item.dayId)!;
      expect(toLocalParts(item.startsAt).date).toBe(day.date);
      expect(item.endsAt > item.startsAt).toBe(true);
    }
  });

  it('puts every accepted programme item in the agenda as a held week item, once', () => {
    const weekSessions = data.sessions.filter((session) => session.kind === 'week_item');
    for (const item of data.programmeItems) {
      const linked = weekSessions.filter((session) => session.programmeItemId === item.id);
      expect(linked).toHaveLength(item.proposalStatus === 'accepted' ? 1 : 0);
      if (linked[0]) expect(linked[0]).toMatchObject({ startsAt: item.startsAt, status: 'held' });
    }
  });

  it('gives 2022 five days, 7–11 November, each with a plenary and a show', () => {
    const days = daysOf(WEEK_2022_ID);
    expect(days.map((day) => day.date)).toEqual([
      '2022-11-07',
      '2022-11-08',
      '2022-11-09',
      '2022-11-10',
      '2022-11-11',
    ]);
    for (const day of days) {
      expect(itemsOf(day.id).map((item) => item.kind)).toEqual(['plenary', 'late_night_show']);
    }
  });

  it('writes 2022 from the sources, with another Late Nightshow guest every day', () => {
    const days = daysOf(WEEK_2022_ID);
    for (const day of days) expect(day.summary).not.toMatch(/demo/i);
    const guests = days.map((day) =>
      itemsOf(day.id)
        .flatMap((item) => item.roles)
        .filter((role) => role.role === 'guest')
        .map((role) => role.personName)
        .join(),
    );
    expect(new Set(guests).size).toBe(days.length);
  });

  it('links each 2021 day to the recordings and the report its write-up points to', () => {
    const days = daysOf(WEEK_2021_ID);
    expect(days.map((day) => [day.recordingUrl !== null, day.reportUrl !== null])).toEqual([
      [true, true],
      [true, false],
      [true, true],
      [true, false],
      [false, true],
    ]);
    for (const url of days.flatMap((day) => [day.recordingUrl, day.reportUrl])) {
      if (url) expect(new URL(url).hostname).toMatch(/\.example$/);
    }
  });
});

/**
 * SHA-256 of the lowercased names (full names, first names, distinctive surnames) of the real
 * people named in the 2021 source text, so this test can look for them without naming anyone.
 */
const REAL_NAME_HASHES = new Set([
  'a025564e890983e4f3a7185b5ce33585fa4be935114f5cc34e41cbcacbe25458',
  'd48aea13bf3c7c2f7379b3cb1a261d35790eacd612b4e582134985223d9d9b89',
  'c312737a9b458b2fde0451568b2daa36aea6653d8f80678a64c2798e71189a48',
  'b5088b1bccd5eea005dda03ad4b995985e8ec9d187db47f659065325a6b7916d',
  '15ba2caceb645afa00bf1410a2458522c1a26a4a105c8f098c981c11b089d85d',
  '49351debdeb9c828227a94a1778c75b5a52520c3c595dc3b66a40ee079ad60d8',
  'bfed868bd7cda403a0705d04f8ece5d73b12c2fc502d39150bd9e66bea076796',
  'f9b35e88153eb4b23534715596e5484614ea70752d02f996fae500103864e143',
  'e78ad455db7675ac1e2852a455a79cb3b8be3d0aea614db7356bda31eb731f22',
  'd53289a05ee0286973bb1b15540cbc9b3202f9de8c4000f8eee85e7ae969bc55',
  '5b8f9cbd2293bc73a2cc06a7f2e2ab96758f377b3eecc986007497efaca3788d',
  '53e834f74f8119f9e29f8da136f39c9fe9af9a29ab422afeee8ababb75b9a737',
  '31ab346b546428a2ddf292db0a322358e1d6692d5d78fab2dafb5be7ead71df9',
  '755d5876baad0ebad237ef6896d49a0e8a46b783d0bada064953f562ba116f9b',
  '67ecef9ba9a4b4f0753ab941109c9bf7152707217530975c1990bab316ba8f2f',
  '9f0be36e56db7cb5580b5ca122b94b51b0a2a5999be4dfed63bc632d563fdad2',
  'd8674f403b76f9bd23f31f57bd6532d00e413b9da9fa7e5f6b923c80ab89bc40',
  '1cf8531a22348eeb2abe9b891c939707aa5abfab759f1f6be7abc4a763968ebc',
  '8375c77f65aafb6054bde0bd2375d6835bb55c259d832c51404e876d3d7d8546',
  'f2e036eba62bd8a72e5b3b7ca577c34b984cb36e36fa864573ce1515701702cc',
  '9258a86749e3d881757ac8a05ba667562c054fab9cfacdd67107a85fbadeae68',
  '664ecc33881fa0a64da3ce5bc83bc6e9a2ebe4e42bf44781822eeaf8a5218c14',
  'fce3559e5a7e33d289bab3244a5480eeb9008296849084008d329f2ab59749bb',
  '3809eaefc6e3c5d67af829d39a09acc271cd4fcef4c4c8abdd28b2d846e7993e',
  '059d314dceef4d4c14792dc890afed5d641067fd4ebdd263198ffb40cadca927',
  '06355e62f65d5bb05ddc7c9b186cc8a07ab3b1ef215d7775e9f0ac39efb47285',
  '1b2fc9341a16ae4e30082965d537ae47c21a0f27fd43eab78330ed81751ae6db',
  '83c2e7db8aee027836d232f4adf814bee207b2932c03ec85add385ebbee547d1',
  '8202e09e8194bd424d2192903b70fa5cb2f1d0b47996c6787b1bc1108d87eafc',
  '8e195c4a0f8cf5a16588caca74f0fd3b7a055ff060557b4a6a55e4c9fa193ec0',
  '42029ef215256f8fa9fedb53542ee6553eef76027b116f8fac5346211b1e473c',
  'cc9593348962781c45fa414201325afc2be4794133223bd1962515eb115e9fc7',
  'ad13652ff4b09500bdb46927bb8b9981fcb8d925eb0b5ff7d9181e4915657dd2',
  '0357513deb903a056e74a7e475247fc1ffe31d8be4c1d4a31f58dd47ae484100',
  '4697c20f8a70fcad6323e007d553cfe05d4433f81be70884ea3b4834b147f4c1',
  '11d0a3ab5f019ef17b546bc7f2323e8f50b981440e1c93ebc41591e946d03d6f',
  'cfc30b49bbff0f346189a9b3895dc26594edc038d37aefe18d256c9c2b8d73e3',
  'ab2b7598263ec6f79e7ce5015620c5c60b81461c8bc66e567c7d11c8efad96ee',
  '7a04f71c442d87500a39c5305b2432be31c2b4349b9a550ed9d93f6abb93b004',
  '852190498e546a6b02b2622f04690ed9752a009cac6052789c90a0e545813d58',
  'fa10a03973cf25707fb1cf1f169934325a5e01a7f295cb59d61909915bf823ef',
  '7e9f83397b70df5049809378f15108427bba8379715cc7e0e0c2be8f8a034d69',
  '0e78cb6847ab9c1029ac9220edfefd791896977706b0150d8d1911845ef6dc2b',
  'fdaee2d20d49d43078cb7031c52ab74094460e9a5470ef4ce59cafe9952d2930',
  '96539fff8e81426d3448cec6af81476c76f97b74076946c2b1bd01780c58d1cf',
  '924bdfda8cbf94d4e23df90a8b427e69a8e60961765dd21d5fc8962042c81fc0',
  '10217e6fa329fb96cfdab49e3a6f1084bc487a6824a3ca09c85847664b5bfa9a',
]);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every run of one to four consecutive words in the text, lowercased, that hashes to a listed name. */
function hashedNamesIn(text: string, hashes: ReadonlySet<string>): string[] {
  const words = text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const found: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 1; length <= 4 && start + length <= words.length; length += 1) {
      const phrase = words.slice(start, start + length).join(' ');
      if (hashes.has(sha256(phrase))) found.push(phrase);
    }
  }
  return found;
}

describe('no real person is named', () => {
  it('finds a listed name when there is one (the detector works)', () => {
    const invented = new Set([sha256('sanne willems')]);
    expect(hashedNamesIn('Met Sanne Willems (demo).', invented)).toEqual(['sanne willems']);
  });

  it('finds none of the people named in the 2021 text anywhere in the demo data', () => {
    expect(hashedNamesIn(JSON.stringify(data), REAL_NAME_HASHES)).toEqual([]);
  });
});
