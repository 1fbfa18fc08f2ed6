import type { ProtocolEvent, ProtocolState } from '@jamsessie/domain';
import type { ShortcutAction } from './shortcuts';

/**
 * The protocol event a facilitator's action means in the current state, or null when it does
 * nothing now. The time is the browser's; the server replaces it with its own clock.
 *
 * @example actionEvent('pause', pausedState, now) // { type: 'resume', at: now }
 */
export function actionEvent(
  action: ShortcutAction | 'finish',
  state: ProtocolState,
  at: string,
): ProtocolEvent | null {
  const timed = state.phase === 'running' || state.phase === 'closing';
  switch (action) {
    case 'next':
      if (state.phase === 'inventory') {
        return state.chosen.length > 0 && state.plan !== null ? { type: 'start', at } : null;
      }
      return timed ? { type: 'next', at } : null;
    case 'extend':
      return timed ? { type: 'extend', minutes: 1, at } : null;
    case 'pause':
      if (!timed || !state.timer) return null;
      return state.timer.pausedAt === null ? { type: 'pause', at } : { type: 'resume', at };
    case 'skip':
      return state.phase === 'running' ? { type: 'skip', at } : null;
    case 'finish':
      return timed ? { type: 'finish', at } : null;
  }
}
