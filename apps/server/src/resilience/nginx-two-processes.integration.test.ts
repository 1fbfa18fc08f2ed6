import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { APRIL_SESSION_ID, createDatabase } from '@jamsessie/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatedSmtpSink, type GatedSmtpSink } from '../jobs/testing/gated-smtp-sink.testing.js';
import { startLoad, type LoadRecord } from './load.driver.js';
import { startMainProcess, type MainProcess } from './main-process.testing.js';
import { nginxBinary, startNginx, type RunningNginx } from './nginx.testing.js';
import { callProcedure, fetchAnswer, signIn, trpcData } from './trpc-http.client.js';

// The production shape: nginx (deploy/nginx.conf) in front of two server processes on one
// PostgreSQL database. PostgreSQL is the engine here (PGlite is one process by design), so
// this runs where DATABASE_URL is set, as in CI; CI installs nginx and must not skip it.
const serverUrl = process.env.DATABASE_URL;
if (process.env.CI && serverUrl && !nginxBinary()) {
  throw new Error('CI runs the nginx test: install nginx (apt-get install nginx-light)');
}

const run = randomBytes(4).toString('hex');
const DATABASE = `jamsessie_nginx_${run}_test`;
const ADMIN = { email: 'beheer@nginx.test', password: 'twee-processen-achter-nginx' };

let clientCounter = 0;
/** A distinct visitor per request (nginx takes it from X-Forwarded-For for loopback only). */
function nextClient(): Record<string, string> {
  clientCounter += 1;
  return { 'X-Forwarded-For': `127.7.${(clientCounter >> 8) & 255}.${clientCounter & 255}` };
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(statement: ReturnType<typeof sql>): Promise<void> {
  const admin = await createDatabase({ databaseUrl: serverUrl ?? '', poolSize: 1 });
  try {
    await statement.execute(admin.db);
  } finally {
    await admin.close();
  }
}

/** What the live worker reads back after a lost answer. */
type LiveView = {
  run: { version: number };
  state: { timer: { pausedAt: string | null } | null };
};

describe.runIf(serverUrl && nginxBinary())('nginx in front of two server processes', () => {
  let sink: GatedSmtpSink;
  let processes: MainProcess[] = [];
  let proxy: RunningNginx;
  let env: Record<string, string>;

  beforeAll(async () => {
    await onServer(sql`create database ${sql.id(DATABASE)}`);
    sink = await startGatedSmtpSink();
    env = {
      DATABASE_URL: databaseUrl(DATABASE),
      TRUST_PROXY: 'true',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SMTP_URL: sink.url,
      MAIL_FROM: 'Jamsessies <jamsessies@nginx.test>',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    // Both start at once on the empty database: migrations and the demo data are locked.
    processes = await Promise.all([startMainProcess(env), startMainProcess(env)]);
    proxy = await startNginx({ upstreams: processes.map((p) => p.port) });
  }, 240_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(processes.map((p) => p.stop()));
    await sink?.close();
    await onServer(sql`drop database if exists ${sql.id(DATABASE)} with (force)`);
  }, 60_000);

  it('keeps metrics away from the public and answers the agenda through either process', async () => {
    expect((await fetchAnswer(`${proxy.baseUrl}/metrics`)).status).toBe(404);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        callProcedure(proxy.baseUrl, 'agenda.list', 'query', {}, { headers: nextClient() }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });

  it('loses no acknowledged write, sends no mail twice and keeps the live run when a process dies', async () => {
    const base = proxy.baseUrl;
    const cookie = await signIn(base, ADMIN.email, ADMIN.password);
    const opened = trpcData<{
      run: { version: number };
      state: { dilemmas: { dilemmaId: string }[] };
    }>(
      await callProcedure(
        base,
        'admin.protocol.start',
        'mutation',
        { sessionId: APRIL_SESSION_ID },
        { cookie },
      ),
    );
    const dispatch = async (version: number, event: Record<string, unknown>) =>
      callProcedure(
        base,
        'admin.protocol.dispatch',
        'mutation',
        { sessionId: APRIL_SESSION_ID, version, event },
        { cookie },
      );
    const at = () => new Date().toISOString();
    const firstDilemma = opened.state.dilemmas[0]?.dilemmaId;
    expect(firstDilemma, 'a seeded dilemma of the April session').toEqual(expect.any(String));
    let liveVersion = opened.run.version;
    for (const event of [
      { type: 'choose', dilemmaIds: [firstDilemma] },
      { type: 'start', at: at() },
    ]) {
      liveVersion = trpcData<{ run: { version: number } }>(await dispatch(liveVersion, event)).run
        .version;
    }

    const agenda = trpcData<{ items: { slug: string }[] }>(
      await callProcedure(
        base,
        'agenda.list',
        'query',
        { when: 'upcoming' },
        { headers: nextClient() },
      ),
    );
    const sessionSlug = agenda.items[0]?.slug;
    expect(sessionSlug, 'an upcoming session to bring dilemmas to').toEqual(expect.any(String));

    const livePauses: boolean[] = [];
    let livePaused = false;
    let heldByTheDead = 0;
    const load = startLoad(
      {
        ...Object.fromEntries(
          ['a', 'b', 'c', 'd'].map((w) => [
            `writer-${w}`,
            (n: number) => {
              const label = `Nginx-test ${run} ${w}-${n}: wie sluit de deur als iedereen weg is?`;
              return {
                label,
                send: () =>
                  callProcedure(
                    base,
                    'forms.bringDilemma',
                    'mutation',
                    { sessionSlug, text: label },
                    { headers: nextClient() },
                  ),
              };
            },
          ]),
        ),
        subscriber: (n) => {
          const email = `nginx-${run}-${n}@zorg.example`;
          return {
            label: email,
            send: () =>
              callProcedure(
                base,
                'subscriptions.subscribe',
                'mutation',
                { email, target: { kind: 'week' } },
                { headers: nextClient() },
              ),
          };
        },
        reader: (n) => ({
          label: `list ${n}`,
          send: () =>
            callProcedure(base, 'agenda.list', 'query', { pageSize: 5 }, { headers: nextClient() }),
        }),
        feed: (n) => ({ label: `ics ${n}`, send: () => fetchAnswer(`${base}/agenda.ics`) }),
        // The facilitator: pauses and resumes the clock. A click whose answer was lost with
        // the killed process may or may not have happened, so, as the live view does, the
        // next click follows the run as it is now (any process answers the read).
        live: () => {
          const pause = !livePaused;
          return {
            label: pause ? 'pause' : 'resume',
            send: async () => {
              const answer = await dispatch(liveVersion, {
                type: pause ? 'pause' : 'resume',
                at: at(),
              });
              if (answer.status === 200) {
                liveVersion = trpcData<{ run: { version: number } }>(answer).run.version;
                livePaused = pause;
                livePauses.push(pause);
              } else {
                const now = trpcData<LiveView>(
                  await callProcedure(
                    base,
                    'admin.protocol.get',
                    'query',
                    { sessionId: APRIL_SESSION_ID },
                    { cookie },
                  ),
                );
                liveVersion = now.run.version;
                livePaused = now.state.timer?.pausedAt != null;
              }
              return answer;
            },
          };
        },
      },
      { pauseMs: 20, maxRequestsPerWorker: 400 },
    );

    await sleep(4000);
    const victim = processes[0]!;
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    await new Promise((done) => victim.child.once('exit', done));
    const deadAt = Date.now();
    await sleep(4000);
    const successor = await startMainProcess(env, { port: victim.port });
    processes = [successor, processes[1]!];
    const restartedAt = Date.now();
    await sleep(6000);
    await load.stop();
    const records = load.records;
    const show = (r: LoadRecord) => `${r.worker} ${r.label} → ${r.status}: ${r.body.slice(0, 160)}`;
    const context = `nginx log:\n${(await proxy.errorLog()).slice(-2000)}`;

    // The only failures are requests that were in flight when the process died.
    const failed = records.filter((r) => r.status !== 200);
    const inFlight = (r: LoadRecord) => r.startedAt <= deadAt && r.endedAt >= killedAt;
    expect(failed.filter((r) => !inFlight(r)).map(show), context).toEqual([]);
    expect(
      records.filter((r) => r.startedAt > deadAt && r.endedAt < restartedAt).length,
    ).toBeGreaterThan(20);
    expect(records.filter((r) => r.startedAt > restartedAt).length).toBeGreaterThan(20);

    const check = await createDatabase({ databaseUrl: databaseUrl(DATABASE), poolSize: 1 });
    try {
      // Every acknowledged dilemma is stored once.
      const acknowledged = records.filter((r) => r.worker.startsWith('writer') && r.status === 200);
      const stored = await check.db
        .selectFrom('dilemma')
        .select('text')
        .where('text', 'like', `Nginx-test ${run} %`)
        .execute();
      const counts = new Map<string, number>();
      for (const row of stored) counts.set(row.text, (counts.get(row.text) ?? 0) + 1);
      expect(acknowledged.length).toBeGreaterThan(30);
      expect(acknowledged.filter((r) => counts.get(r.label) !== 1).map((r) => r.label)).toEqual([]);

      // The live run went on through the other process: every acknowledged event is in it.
      const liveRun = await check.db
        .selectFrom('protocol_run')
        .select('version')
        .where('session_id', '=', APRIL_SESSION_ID)
        .executeTakeFirstOrThrow();
      expect(liveRun.version).toBe(liveVersion);
      expect(livePauses.length).toBeGreaterThan(10);
      expect(
        records.some((r) => r.worker === 'live' && r.startedAt > deadAt && r.status === 200),
      ).toBe(true);

      // Every confirmation mail of an acknowledged subscription arrives exactly once, except
      // those the killed process had claimed: they wait, claimed, for the lease to run out
      // (300 s; the job-loop tests cover the take-over) and are then sent once by another.
      const subscribed = records
        .filter((r) => r.worker === 'subscriber' && r.status === 200)
        .map((r) => r.label);
      expect(subscribed.length).toBeGreaterThan(10);
      const claimedByTheDead = async () =>
        (
          await check.db
            .selectFrom('email_outbox')
            .select('recipient')
            .where('status', '=', 'sending')
            .where('claimed_at', '<=', new Date(deadAt).toISOString())
            .execute()
        ).map((row) => row.recipient);
      const delivered = () => new Set(sink.accepted.flatMap((m) => m.to));
      const deadline = Date.now() + 30_000;
      let waiting = subscribed;
      while (Date.now() < deadline) {
        const held = new Set(await claimedByTheDead());
        waiting = subscribed.filter((email) => !delivered().has(email) && !held.has(email));
        if (waiting.length === 0) break;
        await sleep(500);
      }
      expect(waiting, 'acknowledged subscriptions whose mail neither came nor waits').toEqual([]);
      const perRecipient = new Map<string, number>();
      for (const mail of sink.accepted) {
        for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      }
      expect([...perRecipient].filter(([, count]) => count > 1)).toEqual([]);
      heldByTheDead = (await claimedByTheDead()).length;
    } finally {
      await check.close();
    }
    console.log(
      `nginx, two processes, one killed: ${records.length} requests, ${failed.length} failed ` +
        `(all in flight at the kill), ${livePauses.length} live events, ` +
        `${sink.accepted.length} mails, ${heldByTheDead} held by the killed process's lease`,
    );
  }, 240_000);
});
