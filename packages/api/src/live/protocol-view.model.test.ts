import type { StoredProtocolRun } from '@jamsessie/db';
import {
  applyProtocolEvent,
  createProtocol,
  type ProtocolEvent,
  type ProtocolState,
} from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { facilitatorView, participantView } from './protocol-view.model.js';
import { viewTokenOf, withoutViewToken, withViewToken } from './protocol-sync.service.js';

const SESSION = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const PRIVATE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const SHARED = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';

function runAt(events: ProtocolEvent[]): StoredProtocolRun {
  const created = createProtocol({ sessionId: SESSION });
  if (!created.ok) throw new Error(created.error.message);
  let state: ProtocolState = created.value;
  for (const event of events) {
    const applied = applyProtocolEvent(state, event);
    if (!applied.ok) throw new Error(applied.error.message);
    state = applied.value;
  }
  return { id: 'run', sessionId: SESSION, state: withViewToken(state, 'token-abc'), version: 7 };
}

const started = runAt([
  {
    type: 'addDilemma',
    dilemma: { dilemmaId: PRIVATE, ownerName: 'Fenna', title: 'Mevrouw wil naar de markt' },
  },
  {
    type: 'addDilemma',
    dilemma: { dilemmaId: SHARED, ownerName: 'Bram', title: 'Buren betrekken' },
  },
  { type: 'choose', dilemmaIds: [PRIVATE, SHARED] },
  { type: 'start', at: '2025-03-03T12:05:00.000Z' },
  { type: 'next', at: '2025-03-03T12:10:00.000Z' },
]);

describe('the facilitator’s view', () => {
  it('computes the clock at the moment it is asked, and hides the view token in the state', () => {
    const view = facilitatorView(started, '2025-03-03T12:12:00.000Z');
    expect(view.derived.current).toMatchObject({ step: 2, dilemmaIndex: 0 });
    const planned = view.derived.current!.plannedMinutes * 60;
    expect(view.derived.clock).toMatchObject({
      remainingSeconds: planned - 120,
      overrunSeconds: 0,
    });
    expect(view.viewToken).toBe('token-abc');
    expect(JSON.stringify(view.state)).not.toContain('token-abc');
    expect(view.derived.cue).toBe('Fenna zet de camera uit en luistert mee.');
  });
});

describe('the participants’ view', () => {
  it('shows "Vraag n" for a dilemma without consent and never a name', () => {
    const view = participantView(
      started,
      '2025-03-03T12:12:00.000Z',
      (id) => (id === SHARED ? 'shareable_anonymised' : 'private'),
      () => 'Een kop',
    );
    expect(view.heading).toBe('Vraag 1');
    expect(view.step).toMatchObject({ number: 2, dilemmaNumber: 1, dilemmaCount: 2 });
    expect(view.cue).toBe('Persoon A zet de camera uit en luistert mee.');
    const text = JSON.stringify(view);
    for (const hidden of ['Fenna', 'Bram', 'markt', 'token-abc', PRIVATE]) {
      expect(text).not.toContain(hidden);
    }
    expect(view.nextLabel).toContain('Vraag 1');
  });

  it('shows the kop of a dilemma whose owner consented to sharing', () => {
    const view = participantView(
      started,
      '2025-03-03T12:12:00.000Z',
      () => 'quotable',
      () => 'Alleen naar de markt',
    );
    expect(view.heading).toBe('Alleen naar de markt');
  });

  it('never shows words of the text itself, even with consent, until a kop is given', () => {
    const view = participantView(
      started,
      '2025-03-03T12:12:00.000Z',
      () => 'quotable',
      () => null,
    );
    expect(view.heading).toBe('Vraag 1');
    expect(JSON.stringify(view)).not.toContain('Mevrouw');
  });
});

describe('the view token', () => {
  it('rides along with the state and can be removed again', () => {
    expect(viewTokenOf(started.state)).toBe('token-abc');
    expect(viewTokenOf(withoutViewToken(started.state))).toBeNull();
    expect(viewTokenOf(withViewToken(started.state, null))).toBeNull();
  });
});
