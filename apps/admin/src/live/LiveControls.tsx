import { texts } from '../texts';
import type { LiveView } from './live-view';
import type { ShortcutAction } from './shortcuts';

/**
 * The buttons beside the keys: the same actions, for a mouse or a touch screen. Each names
 * its key, so the legend is learnt by using it.
 */
export function LiveControls({
  view,
  busy,
  onAction,
  onFinish,
}: {
  view: LiveView;
  busy: boolean;
  onAction: (action: ShortcutAction) => void;
  onFinish: () => void;
}) {
  const nextLabel =
    view.phase === 'closing'
      ? texts.live.actions.finish
      : view.phase === 'inventory'
        ? texts.live.actions.start
        : texts.live.actions.next;
  if (view.phase === 'finished') return null;
  return (
    <div className="controls" role="group" aria-label={texts.live.pageTitle}>
      <button
        type="button"
        className="button button--primary button--large"
        disabled={!view.can.next || busy}
        onClick={() => onAction('next')}
        aria-keyshortcuts="ArrowRight N"
      >
        {nextLabel} <kbd aria-hidden="true">→</kbd>
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={!view.can.extend || busy}
        onClick={() => onAction('extend')}
        aria-keyshortcuts="+ E"
      >
        {texts.live.actions.extend} <kbd aria-hidden="true">+</kbd>
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={!view.can.pause || busy}
        onClick={() => onAction('pause')}
        aria-keyshortcuts="P"
      >
        {view.paused ? texts.live.actions.resume : texts.live.actions.pause}{' '}
        <kbd aria-hidden="true">P</kbd>
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={!view.can.skip || busy}
        onClick={() => onAction('skip')}
        aria-keyshortcuts="S"
      >
        {texts.live.actions.skip} <kbd aria-hidden="true">S</kbd>
      </button>
      {view.phase === 'running' ? (
        <button type="button" className="button button--ghost" disabled={busy} onClick={onFinish}>
          {texts.live.actions.finish}
        </button>
      ) : null}
    </div>
  );
}
