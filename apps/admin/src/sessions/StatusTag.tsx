import { sessionStatusLabels, type SessionStatus } from '@jamsessie/domain';

/** A session's status as a tag: planned (neutral), held (green), cancelled (red). */
export function StatusTag({ status }: { status: SessionStatus }) {
  const tone = status === 'held' ? ' tag--ok' : status === 'cancelled' ? ' tag--danger' : '';
  return <span className={`tag${tone}`}>{sessionStatusLabels[status]}</span>;
}
