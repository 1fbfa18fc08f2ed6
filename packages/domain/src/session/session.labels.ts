import type { SessionKind, SessionStatus } from './session.schema.js';

/**
 * Dutch labels of {@link SessionKind}.
 *
 * @example sessionKindLabels.jam_session // 'Jamsessie'
 */
export const sessionKindLabels: Readonly<Record<SessionKind, string>> = {
  jam_session: 'Jamsessie',
  week_item: 'Week van de Radicale vernieuwing',
};

/**
 * Dutch labels of {@link SessionStatus}.
 *
 * @example sessionStatusLabels.cancelled // 'Gaat niet door'
 */
export const sessionStatusLabels: Readonly<Record<SessionStatus, string>> = {
  planned: 'Gepland',
  cancelled: 'Gaat niet door',
  held: 'Gehouden',
};
