// Every refusal code in one list, so the API's map to transport codes can be exhaustive and a
// new code cannot be used before it is named here (`DomainError['code']` is this union).

/** The kinds of record a refusal can say is missing (`<ENTITY>.NOT_FOUND`). */
export const NOT_FOUND_ENTITIES = [
  'ACCOUNT',
  'ACTION_TEAM',
  'ATTENDANCE',
  'DILEMMA',
  'KEYWORD',
  'MOVEMENT',
  'ORGANISATION',
  'OUTBOX',
  'PARTICIPATION',
  'PERSON',
  'PROGRAMME_ITEM',
  'PROTOCOL_RUN',
  'PROTOCOL_VIEW',
  'REPORT',
  'SERIES',
  'SESSION',
  'SUBSCRIPTION',
  'SUBSCRIPTION_TARGET',
  'THEME',
  'WEEK',
  'WEEK_DAY',
  'WEEK_EDITION',
] as const;

/** A kind of record that can be missing, e.g. 'SESSION'. */
export type NotFoundEntity = (typeof NOT_FOUND_ENTITIES)[number];

/**
 * The other refusal codes: stable strings `AREA.REASON` the apps may branch on.
 *
 * @example DOMAIN_ERROR_CODES.includes('REPORT.CONSENT_MISSING') // true
 */
export const DOMAIN_ERROR_CODES = [
  'ACCOUNT.LAST_ADMIN',
  'ACCOUNT.SELF',
  'AUTH.FORBIDDEN',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.LOGIN_REQUIRED',
  'AUTH.PASSWORD_CHANGE_REQUIRED',
  'CONFLICT.DUPLICATE',
  'CONFLICT.STALE_VERSION',
  'CONSENT.INVALID_SUBJECT',
  'CONTACTS.SESSION_NOT_STARTED',
  'DILEMMA.INVALID_TRANSITION',
  'DILEMMA.SESSION_CLOSED',
  'KEYWORD.IN_USE',
  'OUTBOX.NOT_FAILED',
  'PARTICIPATION.INVALID_PERIOD',
  'PASSWORD.CURRENT_INVALID',
  'PASSWORD.TOO_WEAK',
  'PASSWORD.UNCHANGED',
  'PASSWORD_RESET.LINK_INVALID',
  'PERSON.NAME_INVALID',
  'PROGRAMME.ALREADY_DECIDED',
  'PROGRAMME.INVALID_TIMES',
  'PROGRAMME.NOT_LOCAL',
  'PROTOCOL.ALREADY_PAUSED',
  'PROTOCOL.ALREADY_STARTED',
  'PROTOCOL.CORRUPT_STATE',
  'PROTOCOL.DOES_NOT_FIT',
  'PROTOCOL.DUPLICATE_CHOICE',
  'PROTOCOL.DUPLICATE_DILEMMA',
  'PROTOCOL.DUPLICATE_NOTE',
  'PROTOCOL.DUPLICATE_REACTION',
  'PROTOCOL.FINISHED',
  'PROTOCOL.INVALID_EVENT',
  'PROTOCOL.INVALID_PLAN',
  'PROTOCOL.INVALID_SETTINGS',
  'PROTOCOL.NOTHING_CHOSEN',
  'PROTOCOL.NOTHING_TO_SKIP',
  'PROTOCOL.NOT_CURRENT_STEP',
  'PROTOCOL.NOT_PAUSED',
  'PROTOCOL.NOT_STARTED',
  'PROTOCOL.TOO_MANY_DILEMMAS',
  'PROTOCOL.UNKNOWN_DILEMMA',
  'RATE_LIMITED',
  'REFERENCE.INVALID_REFERENCE',
  'REPORT.ALREADY_DRAFTED',
  'REPORT.ALREADY_PUBLISHED',
  'REPORT.CLIENT_HIT_NOT_FOUND',
  'REPORT.CLIENT_NAMES',
  'REPORT.CONSENT_MISSING',
  'REPORT.NOTHING_DISCUSSED',
  'REPORT.NOT_PUBLISHED',
  'REPORT.NO_CHANGES',
  'SERIES.INVALID',
  'SERIES.INVALID_DATE',
  'SERIES.INVALID_PLAN',
  'SERIES.LINK_NOT_PUBLIC',
  'SERIES.NOT_ELIGIBLE',
  'SERIES.NO_LINK',
  'SERIES.SESSION_EXISTS',
  'SESSION.ALREADY_CANCELLED',
  'SESSION.ALREADY_ENDED',
  'SESSION.ALREADY_HELD',
  'SESSION.CANCELLED',
  'SESSION.HAS_REPORT',
  'SESSION.INVALID_TIMES',
  'SESSION.IN_PAST',
  'SESSION.NOT_STARTED',
  'SESSION.REASON_REQUIRED',
  'SESSION.VERSION_CONFLICT',
  'THEME.IN_USE',
  'VALIDATION.INVALID',
  'WEEK.HAS_PROGRAMME',
  'WEEK.INVALID',
] as const;

/**
 * Every code a domain refusal (`DomainError`) can carry: the named ones and
 * `<ENTITY>.NOT_FOUND` for each kind of record.
 */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number] | `${NotFoundEntity}.NOT_FOUND`;

/**
 * The code for a missing record of a kind.
 *
 * @example notFoundCode('SESSION') // 'SESSION.NOT_FOUND'
 */
export function notFoundCode(entity: NotFoundEntity): `${NotFoundEntity}.NOT_FOUND` {
  return `${entity}.NOT_FOUND`;
}

/**
 * The one Dutch sentence for an edit based on a version someone else has already replaced
 * (`CONFLICT.STALE_VERSION`): the database, the API and the apps all say this.
 */
export const STALE_EDIT_MESSAGE =
  'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.';
