import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import type { ProtocolEvent } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { BEFORE_MAY_SESSION } from '../testing/facilitation.testing.js';

const FENCE = 'Bewoners lopen bij mooi weer buiten het hek; wie haalt ze op, wij of de familie?';
const CARERS = 'Mantelzorgers verzetten zich tegen open deuren; hoe gaan we daarover in gesprek?';

// The September and October sessions: their runs are not used by the other test files.
describe.each(databaseKindsUnderTest())('the private cue link of person A on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock(BEFORE_MAY_SESSION);
  const coordinator = () => adminCaller(handle.db, users.coordinator, clock);
  const anyone = () => adminCaller(handle.db, null, clock);
  const at = () => clock.now.toISOString();

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  async function runningSession(slug: string) {
    const sessionId = demoId(`session:jamsessies-vvlg:${slug}`);
    const a = (await coordinator().admin.dilemmas.add({ sessionId, text: FENCE })).dilemma.id;
    const b = (await coordinator().admin.dilemmas.add({ sessionId, text: CARERS })).dilemma.id;
    // Ten minutes before the session (13.00 Amsterdam, summer time): its run may start.
    clock.set(`${slug}T10:50:00.000Z`);
    let v = (await coordinator().admin.protocol.start({ sessionId })).run.version;
    const send = async (event: ProtocolEvent) => {
      v = (await coordinator().admin.protocol.dispatch({ sessionId, version: v, event })).run
        .version;
    };
    await send({ type: 'choose', dilemmaIds: [a, b] });
    await send({ type: 'start', at: at() });
    return { sessionId, a, b, send };
  }

  it('cues only its owner through the steps, and shows nothing of other dilemmas', async () => {
    const run = await runningSession('2025-09-01');
    const { token, path } = await coordinator().admin.protocol.cueLink({
      sessionId: run.sessionId,
      dilemmaId: run.b,
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/beheer/jouw-beurt/${token}`);
    // B's owner waits while A's dilemma runs.
    let view = await anyone().cue.view({ token });
    expect(view.status).toBe('waiting');
    expect(view.clock).toBeNull();
    for (let i = 0; i < 3; i++) await run.send({ type: 'next', at: at() });
    view = await anyone().cue.view({ token });
    expect(view).toMatchObject({ status: 'your_turn', message: 'Jij bent aan de beurt' });
    await run.send({ type: 'next', at: at() });
    view = await anyone().cue.view({ token });
    expect(view.message).toBe('Camera uit — je luistert mee');
    // Nothing of the other dilemma, nor of this one's text: A knows their own question.
    const text = JSON.stringify(view);
    for (const word of ['hek', 'familie', 'Mantelzorgers', run.a, run.b]) {
      expect(text).not.toContain(word);
    }
    await anyone().cue.saveNotes({
      token,
      notes: 'Eerst met de familie praten.',
      consent: 'private',
    });
    await anyone().cue.back({ token });
    const cues = await coordinator().admin.protocol.cues({ sessionId: run.sessionId });
    expect(cues).toEqual([
      { dilemmaId: run.b, back: true, notes: 'Eerst met de familie praten.', consent: 'private' },
    ]);
    await run.send({ type: 'next', at: at() });
    expect((await anyone().cue.view({ token })).message).toBe(
      'Camera aan — vertel wat je meeneemt',
    );
  });

  it('works only with its own token, which is stored hashed, and a new link replaces the old', async () => {
    const run = await runningSession('2025-10-06');
    const first = await coordinator().admin.protocol.cueLink({
      sessionId: run.sessionId,
      dilemmaId: run.a,
    });
    const stored = await handle.db.selectFrom('protocol_cue').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(first.token);
    const second = await coordinator().admin.protocol.cueLink({
      sessionId: run.sessionId,
      dilemmaId: run.a,
    });
    expect((await failure(anyone().cue.view({ token: first.token }))).code).toBe('NOT_FOUND');
    expect((await anyone().cue.view({ token: second.token })).status).toBe('your_turn');
    expect((await failure(anyone().cue.view({ token: 'x'.repeat(43) }))).code).toBe('NOT_FOUND');
    // A dilemma that is not chosen in this run gets no link; nor does another session's.
    const other = demoId('session:jamsessies-vvlg:2025-09-01');
    const refused = await failure(
      coordinator().admin.protocol.cueLink({ sessionId: other, dilemmaId: run.a }),
    );
    expect(refused.domainCode).toBe('PROTOCOL.UNKNOWN_DILEMMA');
    // A refused note changes nothing.
    const bad = await failure(
      anyone().cue.saveNotes({ token: second.token, notes: 'x'.repeat(2001), consent: 'private' }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect((await anyone().cue.view({ token: second.token })).notes).toBe('');
    // The link expires with the run.
    await run.send({ type: 'finish', at: at() });
    expect((await failure(anyone().cue.view({ token: second.token }))).code).toBe('NOT_FOUND');
    expect((await failure(anyone().cue.back({ token: second.token }))).code).toBe('NOT_FOUND');
  });
});
