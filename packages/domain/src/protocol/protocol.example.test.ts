import { describe, expect, it } from 'vitest';
import { createProtocol } from './protocol.create.js';
import { cueFor, whatComesNext } from './protocol-cues.js';
import { protocolReducer } from './protocol.reducer.js';
import {
  currentStep,
  discussedDilemmaIds,
  isPaused,
  overrunSeconds,
  progress,
  remainingSeconds,
  whoIsOnCamera,
} from './protocol.selectors.js';
import type { ProtocolEvent } from './protocol-event.schema.js';
import { ProtocolState } from './protocol-state.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const FENCE = uuid(1);
const CARERS = uuid(2);
// 3 March 2025, 13:00 Amsterdam = 12:00 UTC.
const t = (min: number, sec = 0) => new Date(Date.UTC(2025, 2, 3, 12, min, sec)).toISOString();

describe('an example run with two dilemmas through every step', () => {
  it('cues, times and records the whole session', () => {
    const created = createProtocol({ sessionId: uuid(100) });
    if (!created.ok) throw new Error('setup');
    let s: ProtocolState = created.value;
    const send = (e: ProtocolEvent) => {
      s = protocolReducer(s, e);
      expect(s.lastRejection).toBeNull();
      expect(ProtocolState.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
    };

    expect(cueFor(s)).toContain('inventariseren');
    send({
      type: 'addDilemma',
      dilemma: { dilemmaId: FENCE, ownerName: null, title: 'Bewoners buiten het hek' },
    });
    send({
      type: 'addDilemma',
      dilemma: { dilemmaId: CARERS, ownerName: 'Bram', title: 'Weerstand van mantelzorgers' },
    });
    send({ type: 'choose', dilemmaIds: [FENCE, CARERS] });
    expect(whatComesNext(s)).toMatchObject({
      kind: 'start',
      label: 'Beginnen met stap 1 bij „Bewoners buiten het hek”',
    });
    expect(progress(s)).toMatchObject({ phase: 'inventory', dilemmaCount: 2, fraction: 0 });

    // Dilemma 1, step 1: the owner (no name given) formulates.
    send({ type: 'start', at: t(5) });
    expect(currentStep(s)).toMatchObject({
      dilemma: { dilemmaId: FENCE },
      dilemmaIndex: 0,
      dilemmaCount: 2,
      step: 1,
      label: 'Stap 1 — formuleren',
      plannedMinutes: 5,
    });
    expect(whoIsOnCamera(s)).toBe('everyone');
    expect(cueFor(s)).toBe(
      'Persoon A formuleert kort de vraag of het dilemma; de anderen luisteren.',
    );
    expect(remainingSeconds(s, t(7))).toBe(180);
    expect(overrunSeconds(s, t(7))).toBe(0);

    // Step 2: the owner turns the camera off; the clock pauses for a minute.
    send({ type: 'next', at: t(10) });
    expect(whoIsOnCamera(s)).toBe('everyone_but_owner');
    expect(cueFor(s)).toBe('Persoon A zet de camera uit en luistert mee.');
    expect(whatComesNext(s).label).toBe('Stap 3 — reflecteren bij „Bewoners buiten het hek”');
    send({
      type: 'addNote',
      id: uuid(50),
      dilemmaId: FENCE,
      step: 2,
      kind: 'tip',
      text: 'Open, tenzij.',
    });
    send({
      type: 'addNote',
      id: uuid(51),
      dilemmaId: FENCE,
      step: 2,
      kind: 'idea',
      text: 'Flyers in de buurt.',
    });
    send({ type: 'pause', at: t(15) });
    expect(isPaused(s)).toBe(true);
    expect(remainingSeconds(s, t(16))).toBe(600);
    send({ type: 'resume', at: t(16) });
    expect(remainingSeconds(s, t(16))).toBe(600);
    expect(remainingSeconds(s, t(26))).toBe(0);
    expect(overrunSeconds(s, t(26))).toBe(0);
    expect(overrunSeconds(s, t(27, 30))).toBe(90);

    // Step 3: the owner is back and reflects; the facilitator gives two extra minutes.
    send({ type: 'next', at: t(27, 30) });
    expect(whoIsOnCamera(s)).toBe('everyone');
    expect(cueFor(s)).toBe(
      'Persoon A zet de camera weer aan en reflecteert kort op wat hij of zij gehoord heeft.',
    );
    send({ type: 'extend', minutes: 2, at: t(30) });
    expect(currentStep(s)?.extendedMinutes).toBe(2);
    // The run is 2½ minutes behind: the elastic hour gave step 3 four minutes instead of five.
    expect(s.slots[0]?.boxes.reflect).toBe(4);
    expect(remainingSeconds(s, t(32, 30))).toBe(60);
    send({
      type: 'addNote',
      id: uuid(52),
      dilemmaId: FENCE,
      step: 3,
      kind: 'takeaway',
      text: 'Vooraf met familie afspreken.',
    });
    expect(whatComesNext(s).label).toBe(
      'Volgende vraag: Stap 1 — formuleren bij „Weerstand van mantelzorgers”',
    );
    expect(progress(s)).toMatchObject({ dilemmasDone: 0, stepsDone: 2, stepsTotal: 6 });

    // Dilemma 2: the owner's name is used in the cues.
    send({ type: 'next', at: t(35) });
    expect(cueFor(s)).toBe('Bram formuleert kort de vraag of het dilemma; de anderen luisteren.');
    send({ type: 'next', at: t(40) });
    expect(cueFor(s)).toBe('Bram zet de camera uit en luistert mee.');
    expect(whoIsOnCamera(s)).toBe('everyone_but_owner');
    send({ type: 'next', at: t(50) });
    expect(cueFor(s)).toContain('Bram zet de camera weer aan');
    expect(whatComesNext(s)).toEqual({ kind: 'closing', label: 'Afsluitende ronde van reacties' });

    // Closing round of reactions, then finished.
    send({ type: 'next', at: t(53) });
    expect(s.phase).toBe('closing');
    expect(cueFor(s)).toBe('Ronde van reacties: wat neem je mee uit deze Jamsessie?');
    expect(currentStep(s)).toBeNull();
    expect(remainingSeconds(s, t(55))).toBe(180);
    expect(whatComesNext(s).kind).toBe('finish');
    expect(progress(s)).toMatchObject({ dilemmasDone: 2, stepsDone: 6 });
    send({ type: 'finish', at: t(58) });

    expect(s.phase).toBe('finished');
    expect(remainingSeconds(s, t(59))).toBeNull();
    expect(overrunSeconds(s, t(59))).toBeNull();
    expect(progress(s).fraction).toBe(1);
    expect(discussedDilemmaIds(s)).toEqual([FENCE, CARERS]);
    expect(s.slots.map((x) => x.outcome)).toEqual(['done', 'done']);
    expect(s.notes.map((n) => n.text)).toEqual([
      'Open, tenzij.',
      'Flyers in de buurt.',
      'Vooraf met familie afspreken.',
    ]);
    expect(cueFor(s)).toContain('afgerond');
  });
});
