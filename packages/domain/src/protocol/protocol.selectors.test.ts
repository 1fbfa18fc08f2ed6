import { describe, expect, it } from 'vitest';
import { createProtocol } from './protocol.create.js';
import { ownerCallName, stepCue, whatComesNext } from './protocol-cues.js';
import { applyProtocolEvent } from './protocol.reducer.js';
import {
  cameraLabels,
  notesFor,
  overrunSeconds,
  progress,
  remainingSeconds,
} from './protocol.selectors.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import type { ProtocolState } from './protocol-state.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const t = (min: number, sec = 0, ms = 0) =>
  new Date(Date.UTC(2025, 3, 7, 11, min, sec, ms)).toISOString();

function started(): ProtocolState {
  const created = createProtocol({ sessionId: uuid(100) });
  if (!created.ok) throw new Error('setup');
  const events: ProtocolEvent[] = [
    { type: 'addDilemma', dilemma: { dilemmaId: uuid(1), ownerName: null, title: 'Een vraag' } },
    { type: 'choose', dilemmaIds: [uuid(1)] },
    { type: 'start', at: t(5) },
  ];
  return events.reduce((s, e) => {
    const r = applyProtocolEvent(s, e);
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  }, created.value);
}

describe('clock selectors', () => {
  it('rounds remaining time up and overrun down, never both above zero', () => {
    const s = started(); // box of 11 minutes for a single dilemma
    expect(remainingSeconds(s, t(5, 0, 1))).toBe(660);
    expect(remainingSeconds(s, t(15, 59, 999))).toBe(1);
    expect([remainingSeconds(s, t(16)), overrunSeconds(s, t(16))]).toEqual([0, 0]);
    expect([remainingSeconds(s, t(16, 0, 999)), overrunSeconds(s, t(16, 0, 999))]).toEqual([0, 0]);
    expect(overrunSeconds(s, t(16, 1))).toBe(1);
  });
  it('treats a moment before the start as the start', () => {
    expect(remainingSeconds(started(), t(0))).toBe(660);
  });
});

describe('cues and labels', () => {
  it('names the owner, or Persoon A when the name is blank', () => {
    expect(ownerCallName(undefined)).toBe('Persoon A');
    expect(ownerCallName({ dilemmaId: uuid(1), ownerName: '  ', title: 'x' })).toBe('Persoon A');
    expect(stepCue({ dilemmaId: uuid(1), ownerName: 'Noor', title: 'x' }, 2)).toBe(
      'Noor zet de camera uit en luistert mee.',
    );
  });
  it('says what to do when nothing is chosen yet', () => {
    const created = createProtocol({ sessionId: uuid(100) });
    expect(created.ok && whatComesNext(created.value).kind).toBe('nothing');
  });
  it('labels the camera settings in Dutch', () => {
    expect(cameraLabels.everyone_but_owner).toContain('behalve de inbrenger');
  });
});

describe('progress and notes', () => {
  it('counts steps within the current dilemma', () => {
    const r = applyProtocolEvent(started(), { type: 'next', at: t(16) });
    expect(r.ok && progress(r.value)).toMatchObject({
      stepsDone: 1,
      stepsTotal: 3,
      dilemmasDone: 0,
    });
  });
  it('filters notes by dilemma and step', () => {
    const r = applyProtocolEvent(started(), {
      type: 'addNote',
      id: uuid(9),
      dilemmaId: uuid(1),
      step: 3,
      kind: 'takeaway',
      text: 'Meer vrijwilligers koppelen.',
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(notesFor(r.value, uuid(1), 3)).toHaveLength(1);
    expect(notesFor(r.value, uuid(1), 2)).toHaveLength(0);
  });
});
