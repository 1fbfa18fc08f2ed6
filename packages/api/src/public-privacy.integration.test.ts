import {
  DEMO_MEETING_LINK,
  DEMO_PRIVATE_DILEMMA_MARKER,
  databaseKindsUnderTest,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, openSeededDatabase } from './testing/api-harness.testing.js';
import { invoke, procedureEntries } from './testing/procedure-paths.testing.js';

// Participants' addresses live on `.example` domains in the demo data; the organisation's
// public contact address in the series description is not personal data.
const PERSONAL_EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.example\b/i;

describe.each(databaseKindsUnderTest())('public answers on %s', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('never contain a meeting link, a private dilemma or an e-mail address', async () => {
    const caller = callerFor(handle.db, { clientKey: 'privacy-scan' });
    const agenda = await caller.agenda.list({ year: 2025, pageSize: 50 });
    const april = agenda.items.find((s) => s.startsAt === '2025-04-07T11:00:00.000Z')!;
    const editions = await caller.week.editions();
    const known = await handle.db
      .selectFrom('person')
      .select('email')
      .where('email', 'is not', null)
      .executeTakeFirstOrThrow();
    const addressOfDemoPerson = known.email ?? '';

    /** Inputs per public procedure; every public procedure must be listed (checked below). */
    const inputs: Record<string, unknown[]> = {
      'agenda.list': [
        undefined,
        { year: 2025, pageSize: 50 },
        { when: 'past', year: 2026 },
        { year: 2021, kind: 'week_item', programmeKind: 'local_programme' },
      ],
      'agenda.session': agenda.items.map((s) => ({ slug: s.slug })),
      'auth.login': [],
      'auth.logout': [undefined],
      'auth.me': [undefined],
      // The same answer for every address; the link goes only into the mail.
      'auth.requestPasswordReset': [
        { email: addressOfDemoPerson },
        { email: 'iemand@elders.example' },
      ],
      // A valid token exists only in a mail: password-reset.integration.test.ts follows it.
      'auth.resetPassword': [],
      'catalogue.keywords': [undefined],
      'catalogue.movements': [undefined],
      'catalogue.participants': [undefined, { movement: 'zorg' }],
      'catalogue.series': [undefined],
      'catalogue.themes': [undefined],
      'forms.bringDilemma': [
        { sessionSlug: april.slug, text: 'Een nieuwe vraag over open deuren in de wijk.' },
      ],
      'forms.requestLink': [
        { email: 'collega@delinde.example', seriesSlug: 'jamsessies-vvlg' },
        { email: 'iemand@elders.example', seriesSlug: 'jamsessies-vvlg' },
      ],
      // The live view needs a running session's token: live/facilitation-*.integration.test.ts
      // check that it hides private dilemma text and names.
      'live.version': [],
      // A cue link exists only once a facilitator made one:
      // live/cue.public.router.integration.test.ts checks that it shows nothing of other dilemmas.
      'cue.back': [],
      'cue.saveNotes': [],
      'cue.version': [],
      'cue.view': [],
      'live.view': [],
      // A valid token exists only in a mail: participant.integration.test.ts follows it.
      'participant.confirmDilemma': [],
      // A consent link's token exists only in a mail: consent-by-link.integration.test.ts
      // follows it (the resilience crawl tries guessed ones).
      'participant.consentLink': [],
      'participant.decideByLink': [],
      'participant.me': [undefined],
      // The same answer for every address; the sign-in link goes only into the mail.
      'participant.requestSignIn': [
        { email: addressOfDemoPerson },
        { email: 'iemand@elders.example' },
      ],
      'participant.signIn': [],
      'participant.signOut': [undefined],
      'reports.bySlug': [{ slug: 'korte-jamsessies-vrijheid-smaken-naar-meer' }],
      'reports.list': [undefined, { q: 'deur' }, { q: 'april' }, { q: 'vertrouwelijke' }],
      // The same answer for a known and an unknown address; only the confirmation is mailed.
      'subscriptions.subscribe': [
        { email: addressOfDemoPerson, target: { kind: 'theme', slug: 'open-deuren' } },
        { email: 'iemand@elders.example', target: { kind: 'week' } },
      ],
      // A valid token exists only in a mail: subscriptions.public.router.integration.test.ts
      // follows it.
      'subscriptions.confirm': [],
      'subscriptions.unsubscribe': [{ token: 'onbekend.token' }],
      'tips.list': [undefined, { q: 'fietsen' }, { q: 'vertrouwelijke' }, { keyword: 'naasten' }],
      'week.edition': editions.map((e) => ({ slug: e.slug })),
      'week.editions': [undefined],
      'week.localProgrammes': editions.map((e) => ({ year: e.year })),
    };
    const publicPaths = procedureEntries()
      .map((e) => e.path)
      // `participant.mine.*` answers only a participant signed in by link, with their own data:
      // the server's privacy crawl (resilience/secrets) checks it shows nobody else's.
      .filter((p) => !p.startsWith('admin.') && !p.startsWith('participant.mine.'));
    expect(Object.keys(inputs).sort()).toEqual(publicPaths);

    const people = await handle.db.selectFrom('person').select('email').execute();
    const addresses = people.flatMap((p) => (p.email ? [p.email] : []));
    expect(addresses.length).toBeGreaterThan(3);
    // The secrets really are in the database, so not finding them below means something.
    const privateDilemmas = await handle.db
      .selectFrom('dilemma')
      .select('id')
      .where('text', 'like', `%${DEMO_PRIVATE_DILEMMA_MARKER}%`)
      .execute();
    expect(privateDilemmas).toHaveLength(1);
    const links = await handle.db.selectFrom('series').select('meeting_link').execute();
    expect(links.map((l) => l.meeting_link)).toContain(DEMO_MEETING_LINK);

    let answers = 0;
    for (const [path, list] of Object.entries(inputs)) {
      for (const input of list) {
        const answer = JSON.stringify(await invoke(caller, path, input)) ?? '';
        answers += 1;
        expect(answer, path).not.toContain(DEMO_MEETING_LINK);
        expect(answer, path).not.toContain('zoom.example');
        expect(answer, path).not.toContain(DEMO_PRIVATE_DILEMMA_MARKER);
        expect(answer, path).not.toMatch(PERSONAL_EMAIL_PATTERN);
        for (const address of addresses) expect(answer, path).not.toContain(address);
      }
    }
    expect(answers).toBeGreaterThan(30);
  });
});
