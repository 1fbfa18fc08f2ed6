import type { Dilemma, ProtocolEvent, ProtocolState } from '@jamsessie/domain';
import { addMinutes, applyProtocolEvent, createProtocol, dilemmaRefOf } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';
import { MARCH_SESSION_ID } from './demo-dilemmas.js';

/** The id of the finished protocol run of 3 March 2025. */
export const MARCH_RUN_ID = demoId('protocol-run:2025-03-03');

/** A stored protocol run: the reducer's state for one session. */
export type DemoProtocolRun = { id: string; sessionId: string; state: ProtocolState };

const START = '2025-03-03T12:05:00.000Z';

/** [dilemma index, step, kind, text]: notes as a facilitator could have captured them. */
const NOTES: [number, 1 | 2 | 3, 'tip' | 'idea' | 'question' | 'takeaway', string][] = [
  [0, 2, 'question', 'Kun je dat wel doen met (te) weinig menskracht?'],
  [0, 2, 'tip', 'Open, tenzij: het gesprek gaat over waarom een deur dicht zou moeten blijven.'],
  [0, 2, 'tip', 'Spreek in het mdo vooraf met familie af of zij een rol willen spelen.'],
  [0, 2, 'tip', 'Gps als familie ver weg woont.'],
  [0, 2, 'idea', 'Een fiets voor het team.'],
  [0, 3, 'takeaway', 'Vooraf met familie afspraken maken in het mdo.'],
  [1, 2, 'tip', 'Bijeenkomsten met familie en medewerkers geven begrip over en weer.'],
  [2, 2, 'tip', 'Flyeren in de buurt bij het openen van de deuren.'],
  [2, 2, 'tip', 'Snackbar en supermarkt wijzen de weg.'],
  [2, 2, 'idea', 'Zebrapad via de dorpsraad; looproutes met bankjes.'],
];

/**
 * The finished run of 3 March 2025, built by replaying facilitator events through the domain's
 * reducer: the three dilemmas inventoried and chosen, three steps each, notes captured, the
 * closing round, finished. Returns null if the reducer refuses any event (the unit test fails
 * on that), so the seed never stores a state the reducer could not have reached.
 */
export function demoProtocolRun(dilemmas: readonly Dilemma[]): DemoProtocolRun | null {
  const created = createProtocol({ sessionId: MARCH_SESSION_ID });
  if (!created.ok) return null;
  const discussed = dilemmas
    .filter((dilemma) => dilemma.sessionId === MARCH_SESSION_ID && dilemma.position !== null)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const events: ProtocolEvent[] = [
    ...discussed.map((dilemma) => ({
      type: 'addDilemma' as const,
      dilemma: dilemmaRefOf(dilemma),
    })),
    { type: 'choose', dilemmaIds: discussed.map((dilemma) => dilemma.id) },
    { type: 'start', at: START },
  ];
  // Three steps per dilemma, then the closing round: 3n `next` events, 5 minutes apart.
  let minute = 0;
  for (let step = 1; step <= discussed.length * 3; step += 1) {
    minute += 5;
    events.push({ type: 'next', at: addMinutes(START, minute) });
  }
  NOTES.forEach(([index, step, kind, text], position) => {
    const dilemma = discussed[index];
    if (dilemma) {
      events.push({
        type: 'addNote',
        id: demoId(`protocol-note:2025-03-03:${position}`),
        dilemmaId: dilemma.id,
        step,
        kind,
        text,
      });
    }
  });
  events.push({ type: 'finish', at: addMinutes(START, 50) });
  let state = created.value;
  for (const event of events) {
    const applied = applyProtocolEvent(state, event);
    if (!applied.ok) return null;
    state = applied.value;
  }
  return state.phase === 'finished'
    ? { id: MARCH_RUN_ID, sessionId: MARCH_SESSION_ID, state }
    : null;
}
