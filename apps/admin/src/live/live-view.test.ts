import { createProtocol, protocolReducer } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { after, ids, inventoryState, runningState } from '../test/protocol-fixtures';
import { liveView } from './live-view';

describe('liveView per step', () => {
  it('before the start: no step, no clock actions, “next” starts once dilemmas are chosen', () => {
    const view = liveView(inventoryState());
    expect(view.phase).toBe('inventory');
    expect(view.step).toBeNull();
    expect(view.can).toEqual({ next: true, extend: false, pause: false, skip: false });
    expect(view.next).toBe('Beginnen met stap 1 bij „Bewoners buiten het hek”');
  });

  it('before anything is chosen nothing can start', () => {
    const created = createProtocol({ sessionId: ids.session });
    if (!created.ok) throw new Error('fixture');
    expect(liveView(created.value).can.next).toBe(false);
    expect(liveView(created.value).next).toBe('Kies eerst welke vragen jullie bespreken.');
  });

  it('step 1: the owner formulates, everyone on camera, follow-up questions noted', () => {
    const view = liveView(runningState(0));
    expect(view.position).toBe('Vraag 1 van 2');
    expect(view.step).toBe(1);
    expect(view.cue).toBe('Fenna formuleert kort de vraag of het dilemma; de anderen luisteren.');
    expect(view.camera).toMatchObject({ who: 'everyone', ownerAway: false });
    expect(view.noteKinds).toEqual(['question']);
    expect(view.steps.map((s) => s.status)).toEqual(['current', 'upcoming', 'upcoming']);
    expect(view.can).toEqual({ next: true, extend: true, pause: true, skip: true });
  });

  it('step 2: the owner turns the camera off; tips and ideas are noted', () => {
    const view = liveView(runningState(1));
    expect(view.step).toBe(2);
    expect(view.cue).toBe('Fenna zet de camera uit en luistert mee.');
    expect(view.camera).toMatchObject({
      who: 'everyone_but_owner',
      ownerAway: true,
      ownerName: 'Fenna',
      label: 'iedereen in beeld behalve de inbrenger',
    });
    expect(view.noteKinds).toEqual(['tip', 'idea', 'association', 'question']);
    expect(view.next).toBe('Stap 3 — reflecteren bij „Bewoners buiten het hek”');
  });

  it('step 3: camera back on, take-aways noted, next is the second dilemma', () => {
    const view = liveView(runningState(2));
    expect(view.step).toBe(3);
    expect(view.camera.ownerAway).toBe(false);
    expect(view.noteKinds).toEqual(['takeaway']);
    expect(view.next).toContain('Volgende vraag');
  });

  it('names an unnamed owner “Persoon A” as the method does', () => {
    const view = liveView(runningState(3));
    expect(view.position).toBe('Vraag 2 van 2');
    expect(liveView(runningState(4)).cue).toBe('Persoon A zet de camera uit en luistert mee.');
  });

  it('shows the notes of the current dilemma and step only', () => {
    const s = protocolReducer(runningState(1), {
      type: 'addNote',
      id: ids.note,
      dilemmaId: ids.a,
      step: 2,
      kind: 'tip',
      text: 'Open, tenzij.',
    });
    expect(liveView(s).notes.map((n) => n.text)).toEqual(['Open, tenzij.']);
    expect(liveView(protocolReducer(s, { type: 'next', at: after(9) })).notes).toEqual([]);
  });

  it('closing and finished: all steps done, skip no longer possible', () => {
    const closing = runningState(6);
    expect(liveView(closing).phase).toBe('closing');
    expect(liveView(closing).can.skip).toBe(false);
    expect(liveView(closing).steps.every((s) => s.status === 'done')).toBe(true);
    const finished = protocolReducer(closing, { type: 'next', at: after(20) });
    expect(liveView(finished).phase).toBe('finished');
    expect(liveView(finished).can.next).toBe(false);
  });
});
