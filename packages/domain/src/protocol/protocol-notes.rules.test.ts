import { describe, expect, it } from 'vitest';
import { createProtocol } from './protocol.create.js';
import { applyProtocolEvent } from './protocol.reducer.js';
import { noteDraftFor } from './protocol-notes.rules.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import { ProtocolState } from './protocol-state.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [A, B] = [uuid(1), uuid(2)];
const at = '2025-03-03T12:05:00.000Z';

function apply(state: ProtocolState, ...events: ProtocolEvent[]): ProtocolState {
  return events.reduce((s, e) => {
    const r = applyProtocolEvent(s, e);
    if (!r.ok) throw new Error(`${e.type}: ${r.error.code}`);
    return r.value;
  }, state);
}
function refusal(state: ProtocolState, event: ProtocolEvent): string {
  const r = applyProtocolEvent(state, event);
  return r.ok ? 'applied' : r.error.code;
}
function running(): ProtocolState {
  const created = createProtocol({ sessionId: uuid(100) });
  if (!created.ok) throw new Error('fixture');
  return apply(
    created.value,
    { type: 'addDilemma', dilemma: { dilemmaId: A, ownerName: null, title: 'Vraag A' } },
    { type: 'addDilemma', dilemma: { dilemmaId: B, ownerName: null, title: 'Vraag B' } },
    { type: 'choose', dilemmaIds: [A, B] },
    { type: 'start', at },
  );
}
const draft = (text: string, step: 1 | 2 | 3 = 1, id = uuid(10), dilemmaId = A): ProtocolEvent => ({
  type: 'saveNoteDraft',
  id,
  dilemmaId,
  step,
  kind: 'question',
  text,
});

describe('note drafts', () => {
  it('keeps the text typed so far for the step on screen, replacing the earlier text', () => {
    const s = apply(running(), draft('Waar'), draft('Waarom nu?', 1, uuid(11)));
    expect(noteDraftFor(s, A, 1)).toEqual({
      id: uuid(11),
      dilemmaId: A,
      step: 1,
      kind: 'question',
      text: 'Waarom nu?',
    });
    expect(s.drafts).toHaveLength(1);
    expect(ProtocolState.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('clears the draft when the text is emptied', () => {
    expect(apply(running(), draft('Waar'), draft('')).drafts).toEqual([]);
  });

  it('refuses text for a step that is not on screen, and before the start', () => {
    expect(refusal(running(), draft('Later', 2))).toBe('PROTOCOL.NOT_CURRENT_STEP');
    expect(refusal(running(), draft('Andere vraag', 1, uuid(10), B))).toBe(
      'PROTOCOL.NOT_CURRENT_STEP',
    );
    const created = createProtocol({ sessionId: uuid(100) });
    if (!created.ok) throw new Error('fixture');
    expect(refusal(created.value, draft('Nog niet'))).toBe('PROTOCOL.NOT_STARTED');
  });

  it('keeps unsent text as a note when the step is left with next, skip or finish', () => {
    for (const leave of ['next', 'skip', 'finish'] as const) {
      const s = apply(running(), draft('Waarom nu?'), { type: leave, at });
      expect(s.drafts).toEqual([]);
      expect(s.notes).toEqual([
        { id: uuid(10), dilemmaId: A, step: 1, kind: 'question', text: 'Waarom nu?' },
      ]);
    }
  });

  it('adding the note clears its draft, so leaving the step does not add it twice', () => {
    const s = apply(
      running(),
      draft('Waarom nu?'),
      {
        type: 'addNote',
        id: uuid(10),
        dilemmaId: A,
        step: 1,
        kind: 'question',
        text: 'Waarom nu?',
      },
      { type: 'next', at },
    );
    expect(s.notes.map((n) => n.text)).toEqual(['Waarom nu?']);
    expect(s.drafts).toEqual([]);
  });

  it('keeps the draft through pause, extend and other notes', () => {
    const s = apply(
      running(),
      draft('Waarom nu?'),
      { type: 'pause', at },
      { type: 'extend', minutes: 2, at },
      { type: 'addNote', id: uuid(12), dilemmaId: B, step: 2, kind: 'tip', text: 'Elders' },
    );
    expect(noteDraftFor(s, A, 1)?.text).toBe('Waarom nu?');
  });
});

describe('closing-round reactions', () => {
  const reaction = (id: number, consent: 'private' | 'quotable'): ProtocolEvent => ({
    type: 'addReaction',
    id: uuid(id),
    text: '  Heel waardevol!  ',
    consent,
  });
  const closing = () => apply(running(), { type: 'skip', at }, { type: 'skip', at });

  it('records reactions with their consent in the closing round and after the end', () => {
    const s = apply(
      closing(),
      reaction(20, 'quotable'),
      { type: 'finish', at },
      reaction(21, 'private'),
    );
    expect(s.reactions).toEqual([
      { id: uuid(20), text: 'Heel waardevol!', consent: 'quotable' },
      { id: uuid(21), text: 'Heel waardevol!', consent: 'private' },
    ]);
  });

  it('refuses reactions during the steps, twice the same one, and without a consent', () => {
    expect(refusal(running(), reaction(20, 'quotable'))).toBe('PROTOCOL.ALREADY_STARTED');
    const s = apply(closing(), reaction(20, 'quotable'));
    expect(refusal(s, reaction(20, 'private'))).toBe('PROTOCOL.DUPLICATE_REACTION');
    const r = applyProtocolEvent(s, { type: 'addReaction', id: uuid(22), text: 'Fijn' });
    expect(r.ok ? '' : r.error.code).toBe('PROTOCOL.INVALID_EVENT');
  });
});
