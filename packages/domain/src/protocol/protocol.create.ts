import { err, ok, type Id, type Result } from '../shared/index.js';
import type { ProtocolState } from './protocol-state.schema.js';
import { ProtocolSettings } from './time-plan.schema.js';

/**
 * The state of a session before anything happened: the inventory phase, no dilemmas yet.
 * Refuses settings that cannot make a session (`PROTOCOL.INVALID_SETTINGS`).
 *
 * @example
 * const r = createProtocol({ sessionId }); // 60 minutes, 5 opening, 5 closing
 * if (r.ok) state = r.value;
 */
export function createProtocol(options: {
  sessionId: Id;
  sessionMinutes?: number;
  openingMinutes?: number;
  closingMinutes?: number;
}): Result<ProtocolState, 'PROTOCOL.INVALID_SETTINGS'> {
  const settings = ProtocolSettings.safeParse({
    sessionMinutes: options.sessionMinutes ?? 60,
    openingMinutes: options.openingMinutes ?? 5,
    closingMinutes: options.closingMinutes ?? 5,
  });
  if (!settings.success) {
    return err(
      'PROTOCOL.INVALID_SETTINGS',
      'Een sessie duurt 15 tot 480 minuten; opening en afsluiting samen passen daarbinnen.',
    );
  }
  return ok({
    sessionId: options.sessionId,
    settings: settings.data,
    phase: 'inventory',
    dilemmas: [],
    chosen: [],
    plan: null,
    slots: [],
    cursor: null,
    timer: null,
    notes: [],
    drafts: [],
    reactions: [],
    startedAt: null,
    acceptedOverrunMinutes: 0,
    closingStartedAt: null,
    finishedAt: null,
    lastEventAt: null,
    lastRejection: null,
  });
}
