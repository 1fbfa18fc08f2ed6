/**
 * The facilitator's key press to the other screens: the time from calling
 * `admin.protocol.dispatch` (a step change) until the shared screen (`live.version` →
 * `live.view`) and person A's phone (`cue.version` → `cue.view`) have the new step, polling
 * as the apps do (every RUN_VERSION_POLL_MS). In process, on a real database of each engine.
 */
import { randomUUID } from 'node:crypto';
import { createCaller, createContextInner, type AuthUser } from '@jamsessie/api';
import {
  createTestDatabase,
  demoId,
  insertAccount,
  seedDemoData,
  type DatabaseHandle,
} from '@jamsessie/db';
import type { ProtocolEvent } from '@jamsessie/domain';
import type { Engine } from './agenda.bench.js';
import { postgresUrl } from './lib/databases.js';
import { median, round, sleep } from './lib/stats.js';

/** How often the shared screen and A's phone ask for the run's version (as the admin app). */
export const POLL_MS = 400;

/** The figures of one engine, in milliseconds. */
export type LiveFollowResult = {
  engine: Engine;
  changes: number;
  pollMs: number;
  shared: { medianMs: number; p95Ms: number };
  owner: { medianMs: number; p95Ms: number };
};

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

type Seen = { key: string; at: number };

/** A screen that polls a version and reloads its view when it changed, as the apps do. */
function follow(read: () => Promise<number>, view: () => Promise<string>, seen: Seen[]) {
  let stopped = false;
  let last = -1;
  const loop = async () => {
    while (!stopped) {
      const version = await read().catch(() => last);
      if (version !== last) {
        last = version;
        const key = await view().catch(() => 'gone');
        seen.push({ key, at: performance.now() });
      }
      await sleep(POLL_MS);
    }
  };
  const done = loop();
  return async () => {
    stopped = true;
    await done;
  };
}

async function until(seen: Seen[], key: string, from: number): Promise<number> {
  for (;;) {
    const hit = seen.find((s) => s.key === key && s.at >= from);
    if (hit) return hit.at - from;
    await sleep(2);
  }
}

const STATUS_OF_STEP = { 1: 'your_turn', 2: 'away', 3: 'back' } as const;

/** Measures `changes` step changes on `engine` (sessions of five dilemmas, one after another). */
export async function runLiveFollowBench(engine: Engine, changes = 50): Promise<LiveFollowResult> {
  const handle: DatabaseHandle = await createTestDatabase(engine, {
    DATABASE_URL: postgresUrl('test'),
  });
  const shared: number[] = [];
  const owner: number[] = [];
  try {
    await seedDemoData(handle.db, { now: new Date('2025-03-01T09:00:00.000Z') });
    const account = await insertAccount(handle.db, {
      id: randomUUID(),
      email: 'bench@beweging.example',
      displayName: 'Bench',
      passwordHash: 'not-used',
      role: 'coordinator',
    });
    if (!account.ok) throw new Error(account.error.message);
    const user: AuthUser = { ...account.value, role: 'coordinator' };
    const caller = (as: AuthUser | null) =>
      createCaller(
        createContextInner({
          db: handle.db,
          user: as,
          now: () => new Date(),
          clientKey: randomUUID(),
          baseUrl: 'https://bench.test',
        }),
      );
    const months = ['2025-09-01', '2025-10-06', '2025-11-03', '2025-12-01', '2025-06-02'];
    for (const month of months) {
      if (shared.length >= changes) break;
      const sessionId = demoId(`session:jamsessies-vvlg:${month}`);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const text = `Een vraag uit de praktijk, nummer ${i + 1}, voor de meting.`;
        ids.push((await caller(user).admin.dilemmas.add({ sessionId, text })).dilemma.id);
      }
      const opened = await caller(user).admin.protocol.start({ sessionId });
      let version = opened.run.version;
      const send = async (event: ProtocolEvent) => {
        const view = await caller(user).admin.protocol.dispatch({ sessionId, version, event });
        version = view.run.version;
        return view;
      };
      await send({ type: 'choose', dilemmaIds: ids });
      await send({ type: 'start', at: new Date().toISOString() });
      const token = opened.viewToken!;
      const sharedSeen: Seen[] = [];
      const ownerSeen = new Map<string, Seen[]>();
      const stops = [
        follow(
          async () => (await caller(null).live.version({ token })).version,
          async () => {
            const v = await caller(null).live.view({ token });
            return `${v.step?.dilemmaNumber}.${v.step?.number}`;
          },
          sharedSeen,
        ),
      ];
      for (const dilemmaId of ids) {
        const cue = await caller(user).admin.protocol.cueLink({ sessionId, dilemmaId });
        const seen: Seen[] = [];
        ownerSeen.set(dilemmaId, seen);
        stops.push(
          follow(
            async () => (await caller(null).cue.version({ token: cue.token })).version,
            async () => (await caller(null).cue.view({ token: cue.token })).status,
            seen,
          ),
        );
      }
      // 14 step changes per session: 1.1 → 1.2 → … → 5.3.
      for (let n = 0; n < 14 && shared.length < changes; n++) {
        // A key press falls anywhere in the screens' polling rhythm.
        await sleep(Math.random() * POLL_MS);
        const from = performance.now();
        const view = await send({ type: 'next', at: new Date().toISOString() });
        const current = view.derived.current;
        if (!current) throw new Error('the run left its steps too early');
        const [toShared, toOwner] = await Promise.all([
          until(sharedSeen, `${current.dilemmaIndex + 1}.${current.step}`, from),
          until(ownerSeen.get(current.dilemma.dilemmaId)!, STATUS_OF_STEP[current.step], from),
        ]);
        shared.push(toShared);
        owner.push(toOwner);
      }
      for (const stop of stops) await stop();
    }
  } finally {
    await handle.close();
  }
  return {
    engine,
    changes: shared.length,
    pollMs: POLL_MS,
    shared: { medianMs: round(median(shared), 0), p95Ms: round(p95(shared), 0) },
    owner: { medianMs: round(median(owner), 0), p95Ms: round(p95(owner), 0) },
  };
}
