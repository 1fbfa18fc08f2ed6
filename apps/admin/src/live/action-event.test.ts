import { createProtocol, protocolReducer } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { after, ids, inventoryState, runningState } from '../test/protocol-fixtures';
import { actionEvent } from './action-event';

const at = after(5);

describe('actionEvent', () => {
  it('starts the session with “next” once dilemmas are chosen', () => {
    expect(actionEvent('next', inventoryState(), at)).toEqual({ type: 'start', at });
    const empty = createProtocol({ sessionId: ids.session });
    if (!empty.ok) throw new Error('fixture');
    expect(actionEvent('next', empty.value, at)).toBeNull();
  });

  it('maps the keys to steps, a minute more and skipping', () => {
    const running = runningState(1);
    expect(actionEvent('next', running, at)).toEqual({ type: 'next', at });
    expect(actionEvent('extend', running, at)).toEqual({ type: 'extend', minutes: 1, at });
    expect(actionEvent('skip', running, at)).toEqual({ type: 'skip', at });
    expect(actionEvent('finish', running, at)).toEqual({ type: 'finish', at });
  });

  it('toggles pause and resume on the same key', () => {
    const running = runningState(1);
    expect(actionEvent('pause', running, at)).toEqual({ type: 'pause', at });
    const paused = protocolReducer(running, { type: 'pause', at });
    expect(actionEvent('pause', paused, after(9))).toEqual({ type: 'resume', at: after(9) });
  });

  it('does nothing where the action makes no sense', () => {
    expect(actionEvent('extend', inventoryState(), at)).toBeNull();
    expect(actionEvent('skip', runningState(6), at)).toBeNull();
    const finished = protocolReducer(runningState(6), { type: 'next', at: after(30) });
    expect(actionEvent('next', finished, at)).toBeNull();
    expect(actionEvent('pause', finished, at)).toBeNull();
  });
});
