import { createProtocol, protocolReducer, type ProtocolState } from '@jamsessie/domain';

/** Fixed ids so tests read the same every run. */
export const ids = {
  session: '11111111-1111-4111-8111-111111111111',
  a: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  b: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  note: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
};

/** 13:05 Amsterdam on 3 March 2025, when the run starts. */
export const startAt = '2025-03-03T12:05:00.000Z';

/** Instants relative to the start, for the clock. */
export function after(seconds: number): string {
  return new Date(Date.parse(startAt) + seconds * 1000).toISOString();
}

/** A run with two chosen dilemmas (5/15/5 minute boxes), before the start. */
export function inventoryState(): ProtocolState {
  const created = createProtocol({ sessionId: ids.session });
  if (!created.ok) throw new Error('fixture');
  let s = created.value;
  s = protocolReducer(s, {
    type: 'addDilemma',
    dilemma: { dilemmaId: ids.a, ownerName: 'Fenna', title: 'Bewoners buiten het hek' },
  });
  s = protocolReducer(s, {
    type: 'addDilemma',
    dilemma: { dilemmaId: ids.b, ownerName: null, title: 'Weerstand bij mantelzorgers' },
  });
  return protocolReducer(s, { type: 'choose', dilemmaIds: [ids.a, ids.b] });
}

/** The same run after `nexts` presses of "next" (one second apart) from the start. */
export function runningState(nexts = 0): ProtocolState {
  let s = protocolReducer(inventoryState(), { type: 'start', at: startAt });
  for (let i = 1; i <= nexts; i++) s = protocolReducer(s, { type: 'next', at: after(i) });
  return s;
}
