import { randomUUID } from 'node:crypto';
import {
  createCaller,
  createContextInner,
  createMailTransport,
  runFollowUpJob,
} from '@jamsessie/api';
import {
  APRIL_SESSION_ID,
  createTestDatabase,
  databaseKindsUnderTest,
  seedIfEmpty,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../testing/seeded-server.js';
import { startJobLoop } from './job-loop.js';
import { startGatedSmtpSink, type GatedSmtpSink } from './testing/gated-smtp-sink.testing.js';

const OWNER = 'fenna.follow@delinde.example';
const UNCONFIRMED = 'nooit.bevestigd@delinde.example';
const SUBJECT = 'Wat heb je met de tips gedaan?';
/** The April session ends 2025-04-07 12:00Z; five weeks later is 12 May 12:00Z. */
const FOUR_WEEKS_LATER = new Date('2025-05-05T12:00:00.000Z');
const FIVE_WEEKS_LATER = new Date('2025-05-12T12:30:00.000Z');
const BASE_URL = 'https://jamsessie.example';

describe.each(databaseKindsUnderTest())('the follow-up "Nadien" on %s', (kind) => {
  let handle: DatabaseHandle;
  let sink: GatedSmtpSink;
  let dilemmaId = '';

  const caller = (now: Date, participant: string | null = null) =>
    createCaller(
      createContextInner({
        db: handle.db,
        user: null,
        now: () => now,
        clientKey: `follow-up-${kind}`,
        participant: participant ? { email: participant, sessionId: 'follow-up' } : null,
        baseUrl: BASE_URL,
      }),
    );
  /** A job runner as a server process has it; a new one is a restarted process. */
  const runnerAt = (now: Date) =>
    startJobLoop({
      db: handle.db,
      transport: createMailTransport(sink.url),
      now: () => now,
      pollMs: 60_000,
      tasks: [
        {
          name: 'follow-up',
          everyMs: 60_000,
          run: (at) => runFollowUpJob({ db: handle.db, now: at, baseUrl: BASE_URL }),
        },
      ],
    });
  const followUpMails = () => sink.accepted.filter((m) => m.subject === SUBJECT);

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedIfEmpty(handle.db, { now: TEST_NOW });
    sink = await startGatedSmtpSink();
    const { slug } = await handle.db
      .selectFrom('session')
      .select('slug')
      .where('id', '=', APRIL_SESSION_ID)
      .executeTakeFirstOrThrow();
    for (const [email, text] of [
      [OWNER, 'Hoe houd ik het overleg kort zonder mensen af te kappen?'],
      [UNCONFIRMED, 'Een vraag waarvan het adres nooit werd bevestigd.'],
    ] as const) {
      await caller(TEST_NOW).forms.bringDilemma({
        sessionSlug: slug,
        text,
        ownerName: 'Fenna',
        ownerEmail: email,
        consent: 'private',
        nadien: true,
      });
    }
    // The owner follows the confirmation link from the mail (it is in the outbox).
    const mail = await handle.db
      .selectFrom('email_outbox')
      .select('text_body')
      .where('recipient', '=', OWNER)
      .executeTakeFirstOrThrow();
    const token = /#bevestigen=([A-Za-z0-9_-]{43})/.exec(mail.text_body)?.[1] ?? '';
    const confirmed = await caller(TEST_NOW).participant.confirmDilemma({ token });
    dilemmaId = confirmed.confirmed.dilemmaId;
    // Both were discussed in the session.
    await handle.db
      .updateTable('dilemma')
      .set({ status: 'discussed' })
      .where('session_id', '=', APRIL_SESSION_ID)
      .where('text', 'in', [
        'Hoe houd ik het overleg kort zonder mensen af te kappen?',
        'Een vraag waarvan het adres nooit werd bevestigd.',
      ])
      .execute();
  });
  afterAll(async () => {
    await sink?.close();
    await handle?.close();
  });

  it('sends nothing before five weeks have passed', async () => {
    const runner = runnerAt(FOUR_WEEKS_LATER);
    await runner.runOnce({ allTasks: true });
    await runner.stop();
    expect(followUpMails()).toEqual([]);
  });

  it('sends one mail to the confirmed owner only, once across a restart', async () => {
    const first = runnerAt(FIVE_WEEKS_LATER);
    await first.runOnce({ allTasks: true });
    await first.stop();
    // A restarted process (a new runner on the same database), later still.
    const second = runnerAt(new Date(FIVE_WEEKS_LATER.getTime() + 86_400_000));
    await second.runOnce({ allTasks: true });
    await second.runOnce({ allTasks: true });
    await second.stop();
    const mails = followUpMails();
    expect(mails.map((m) => m.to)).toEqual([[OWNER]]);
    expect(mails[0]?.raw).toContain(`${BASE_URL}/mijn-gegevens`);
    const queued = await handle.db
      .selectFrom('email_outbox')
      .select('recipient')
      .where('idempotency_key', 'like', 'follow-up:%')
      .execute();
    expect(queued).toEqual([{ recipient: OWNER }]);
  });

  it("takes the owner's answer on their page, for the report only with their yes", async () => {
    const page = caller(FIVE_WEEKS_LATER, OWNER).participant.mine.personal;
    await page.answerFollowUp({ dilemmaId, answer: 'Ik vat nu elk punt samen.', inReport: true });
    expect(await page.followUps()).toEqual([
      expect.objectContaining({ dilemmaId, answer: 'Ik vat nu elk punt samen.', inReport: true }),
    ]);
    const stranger = caller(FIVE_WEEKS_LATER, UNCONFIRMED).participant.mine.personal;
    await expect(
      stranger.answerFollowUp({ dilemmaId, answer: 'Niet van mij.', inReport: false }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await stranger.followUps()).toEqual([]);
    const coordinators = createCaller(
      createContextInner({
        db: handle.db,
        user: {
          id: randomUUID(),
          email: 'coord@test.example',
          displayName: 'C',
          role: 'coordinator',
        },
        now: () => FIVE_WEEKS_LATER,
        baseUrl: BASE_URL,
      }),
    );
    const seen = await coordinators.admin.followUps.ofSession({ sessionId: APRIL_SESSION_ID });
    expect(seen.map((f) => [f.answer, f.inReport, f.mailedAt !== null]).sort()).toEqual([
      [null, false, false],
      ['Ik vat nu elk punt samen.', true, true],
    ]);
  });
});
