import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@jamsessie/api';
import {
  APRIL_SESSION_ID,
  REPORT_ID,
  appendConsent,
  insertDilemma,
  insertReport,
  insertSeries,
  insertSession,
} from '@jamsessie/db';
import type { Series, Session } from '@jamsessie/domain';
import { sql } from 'kysely';

/** What {@link plantSecretTraps} added, for building valid inputs and crawl paths. */
export type PlantedTraps = {
  readonly seriesSlug: string;
  readonly sessionSlugs: readonly string[];
  readonly reportSlug: string;
  /** The text of a demo reaction whose author withdrew consent after publication. */
  readonly withdrawnReaction: string;
};

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

function unwrapWrite<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }) {
  if (!result.ok) throw new Error(`planting a trap failed: ${result.error.code}`);
  return result.value;
}

function session(series: Series, startsAt: string, overrides: Partial<Session>): Session {
  return {
    id: randomUUID(),
    slug: `resilience-sessie-${hex(4)}`,
    kind: 'jam_session',
    seriesId: series.id,
    programmeItemId: null,
    title: 'Jamsessie met een eigen link',
    description: 'Sparren over open deuren.',
    themeIds: [],
    movementIds: [],
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    online: true,
    location: null,
    status: 'planned',
    cancellationReason: null,
    meetingLink: null,
    sequence: 0,
    version: 1,
    ...overrides,
  };
}

/**
 * Adds secrets beside the demo data's, through the repositories, in the places most likely to
 * leak: a new series with its own random link; a session with a link override that a
 * coordinator also pasted into its description; private dilemmas on that session and on a
 * demo session; a published report whose intro quotes both links and which carries an
 * unconsented reaction; a demo reaction whose consent was withdrawn after publication; and a
 * demo session whose description contains its own override link. Every secret carries a
 * random token, so a partial leak is found too.
 *
 * @example const traps = await plantSecretTraps(db); const secrets = await secretsIn(db);
 */
export async function plantSecretTraps(db: Db): Promise<PlantedTraps> {
  const team = await db.selectFrom('action_team').select('id').executeTakeFirstOrThrow();
  const seriesLink = `https://vergader-${hex(4)}.example/j/${hex(8)}`;
  const series = unwrapWrite(
    await insertSeries(db, {
      id: randomUUID(),
      slug: `resilience-reeks-${hex(4)}`,
      title: 'Reeks met een geheime link',
      description: 'Online sessies; vraag de link aan.',
      actionTeamId: team.id,
      recurrence: {
        kind: 'monthly_nth_weekday',
        weekday: 3,
        nth: 2,
        startTime: '15:00',
        durationMinutes: 60,
      },
      themeRotation: [],
      exceptions: [],
      meetingLink: seriesLink,
      eligibility: { participatingOrganisations: true, locMembers: true, extraEmailDomains: [] },
      documents: [{ kind: 'schedule', title: 'Schema' }],
      firstDate: '2025-03-12',
      lastDate: '2025-12-10',
      version: 1,
    }),
  );
  const overrideLink = `https://vergader-${hex(4)}.example/s/${hex(8)}`;
  const sessions = [
    session(series, '2025-03-12T14:00:00.000Z', {
      meetingLink: overrideLink,
      description: `Doe mee via ${overrideLink} (of de vaste link ${seriesLink}).`,
    }),
    session(series, '2025-04-09T13:00:00.000Z', {}),
  ];
  for (const s of sessions) unwrapWrite(await insertSession(db, s));
  for (const [sessionId, label] of [
    [sessions[0]!.id, 'eigen reeks'],
    [APRIL_SESSION_ID, 'demo-sessie'],
  ] as const) {
    unwrapWrite(
      await insertDilemma(db, {
        id: randomUUID(),
        sessionId,
        ownerId: null,
        ownerName: 'Inbrenger Test',
        kop: null,
        text: `PRIVE-${hex(8)} (${label}): een bewoner wil 's nachts alleen naar buiten, en de familie wil de deur op slot.`,
        followUpQuestions: [`PRIVE-${hex(8)} vervolgvraag`],
        status: 'inventoried',
        consent: 'private',
        position: null,
        submittedAt: '2025-02-10T09:00:00.000Z',
        version: 1,
      }),
    );
  }
  const report = unwrapWrite(
    await insertReport(db, {
      id: randomUUID(),
      sessionId: sessions[0]!.id,
      slug: `resilience-verslag-${hex(4)}`,
      title: 'Verslag met geplakte links',
      intro: `Volgende keer weer via ${seriesLink} of ${overrideLink}.`,
      sections: [],
      tips: [],
      reactions: [],
      themeIds: [],
      keywordIds: [],
      attachments: [],
      status: 'published',
      publishedAt: '2025-02-12T10:00:00.000Z',
      version: 1,
    }),
  );
  await db
    .insertInto('reaction')
    .values({
      report_id: report.id,
      position: 1,
      text: `PRIVE-${hex(8)} reactie zonder toestemming`,
      consent: 'private',
    })
    .execute();
  const demoLink = `https://vergader-${hex(4)}.example/demo/${hex(8)}`;
  await db
    .updateTable('session')
    .set({ meeting_link: demoLink, description: `Link voor deze keer: ${demoLink}` })
    .where('id', '=', APRIL_SESSION_ID)
    .execute();
  const reaction = await db
    .selectFrom('reaction')
    .select(['id', 'text', 'author_id'])
    .where('report_id', '=', REPORT_ID)
    .where('author_id', 'is not', null)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  await appendConsent(db, {
    id: randomUUID(),
    personId: reaction.author_id!,
    subject: 'reaction',
    subjectId: reaction.id,
    level: 'private',
    // After the report was published (24 March 2025) and after the original consent.
    at: '2025-03-25T08:00:00.000Z',
    by: null,
  });
  return {
    seriesSlug: series.slug,
    sessionSlugs: sessions.map((s) => s.slug),
    reportSlug: report.slug,
    withdrawnReaction: reaction.text,
  };
}

async function replaceEverywhere(db: Db, from: string, to: string): Promise<void> {
  await db
    .updateTable('session')
    .set({ description: sql<string>`replace(description, ${from}, ${to})` })
    .execute();
  await db
    .updateTable('report')
    .set({ intro: sql<string>`replace(intro, ${from}, ${to})` })
    .execute();
}

/**
 * Gives every secret a new value, as if coordinators changed the links and participants
 * rewrote their private texts: a link pasted into a description or intro changes with it.
 * Only secrets change, so every public answer must stay byte for byte the same.
 *
 * @example const before = await snapshot(); await rotateSecrets(db); expect(await snapshot()).toEqual(before);
 */
export async function rotateSecrets(db: Db): Promise<void> {
  const [series, sessions] = await Promise.all([
    db.selectFrom('series').select(['id', 'meeting_link']).execute(),
    db
      .selectFrom('session')
      .select(['id', 'meeting_link'])
      .where('meeting_link', 'is not', null)
      .execute(),
  ]);
  for (const [table, rows] of [
    ['series', series],
    ['session', sessions],
  ] as const) {
    for (const row of rows) {
      if (!row.meeting_link) continue;
      const link = `https://anders-${hex(4)}.example/j/${hex(8)}`;
      await db.updateTable(table).set({ meeting_link: link }).where('id', '=', row.id).execute();
      await replaceEverywhere(db, row.meeting_link, link);
    }
  }
  await db
    .updateTable('dilemma')
    .set({ text: `PRIVE-${hex(8)} een heel andere vertrouwelijke vraag uit de praktijk` })
    .where('consent', '=', 'private')
    .execute();
  await db
    .updateTable('reaction')
    .set({ text: `PRIVE-${hex(8)} een andere reactie zonder toestemming` })
    .where('consent', '=', 'private')
    .execute();
}
