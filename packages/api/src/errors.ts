import { TRPCError } from '@trpc/server';
import type { DomainError, DomainErrorCode } from '@jamsessie/domain';

type TRPCCode = TRPCError['code'];

/**
 * The cause attached to a TRPCError built from a domain refusal. The error formatter reads
 * it to add `data.domainCode`, `data.domainDetails` and (for validation) `data.fieldErrors`.
 */
export class DomainFailure extends Error {
  /** The stable domain code, e.g. 'REPORT.CONSENT_MISSING'. */
  readonly code: DomainErrorCode;
  /** Machine-readable details from the domain (never secrets by the domain's contract). */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(error: DomainError) {
    super(error.message);
    this.name = 'DomainFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

/**
 * The tRPC code of every domain code, written out: `satisfies Record<DomainErrorCode, …>` makes
 * the compiler refuse a new domain code until it is given its answer here. The rule behind it:
 * a missing record is NOT_FOUND; a stale or duplicate edit CONFLICT; too many attempts
 * TOO_MANY_REQUESTS; signed in without the right FORBIDDEN, not signed in UNAUTHORIZED; a
 * problem in the input itself BAD_REQUEST; a refusal of a well-formed request because of the
 * state of things (e.g. 'REPORT.CONSENT_MISSING') PRECONDITION_FAILED.
 */
export const trpcCodes = {
  'ACCOUNT.LAST_ADMIN': 'PRECONDITION_FAILED',
  'ACCOUNT.NOT_FOUND': 'NOT_FOUND',
  'ACCOUNT.SELF': 'PRECONDITION_FAILED',
  'ACTION_TEAM.NOT_FOUND': 'NOT_FOUND',
  'ATTENDANCE.NOT_FOUND': 'NOT_FOUND',
  'ATTENDANCE.TOO_EARLY': 'PRECONDITION_FAILED',
  'AUTH.FORBIDDEN': 'FORBIDDEN',
  'AUTH.INVALID_CREDENTIALS': 'UNAUTHORIZED',
  'AUTH.LOGIN_REQUIRED': 'UNAUTHORIZED',
  'AUTH.PARTICIPANT_REQUIRED': 'UNAUTHORIZED',
  'AUTH.PASSWORD_CHANGE_REQUIRED': 'FORBIDDEN',
  'CONFLICT.DUPLICATE': 'CONFLICT',
  'CONFLICT.STALE_VERSION': 'CONFLICT',
  'CONSENT.INVALID_SUBJECT': 'BAD_REQUEST',
  'CONSENT.NOT_FOUND': 'NOT_FOUND',
  'CONSENT.NO_ADDRESS': 'PRECONDITION_FAILED',
  'CONSENT.NO_AUTHOR': 'PRECONDITION_FAILED',
  'CONSENT.TEXT_CHANGED': 'CONFLICT',
  'CONTACTS.NOT_FOUND': 'NOT_FOUND',
  'DILEMMA.INVALID_TRANSITION': 'BAD_REQUEST',
  'DILEMMA.NOT_FOUND': 'NOT_FOUND',
  'DILEMMA.SESSION_CLOSED': 'PRECONDITION_FAILED',
  'DILEMMA.SESSION_STARTED': 'PRECONDITION_FAILED',
  'HERKENBAAR.CLOSED': 'PRECONDITION_FAILED',
  'HERKENBAAR.NOT_YET': 'PRECONDITION_FAILED',
  'KEYWORD.IN_USE': 'PRECONDITION_FAILED',
  'KEYWORD.NOT_FOUND': 'NOT_FOUND',
  'MOVEMENT.NOT_FOUND': 'NOT_FOUND',
  'ORGANISATION.NOT_FOUND': 'NOT_FOUND',
  'OUTBOX.NOT_FAILED': 'PRECONDITION_FAILED',
  'OUTBOX.NOT_FOUND': 'NOT_FOUND',
  'PARTICIPANT.LINK_INVALID': 'BAD_REQUEST',
  'PARTICIPATION.INVALID_PERIOD': 'BAD_REQUEST',
  'PARTICIPATION.NOT_FOUND': 'NOT_FOUND',
  'PASSWORD.CURRENT_INVALID': 'BAD_REQUEST',
  'PASSWORD.TOO_WEAK': 'BAD_REQUEST',
  'PASSWORD.UNCHANGED': 'PRECONDITION_FAILED',
  'PASSWORD_RESET.LINK_INVALID': 'BAD_REQUEST',
  'PERSON.NAME_INVALID': 'BAD_REQUEST',
  'PERSON.NOT_FOUND': 'NOT_FOUND',
  'PROGRAMME.ALREADY_DECIDED': 'PRECONDITION_FAILED',
  'PROGRAMME.INVALID_TIMES': 'BAD_REQUEST',
  'PROGRAMME.NOT_LOCAL': 'PRECONDITION_FAILED',
  'PROGRAMME_ITEM.NOT_FOUND': 'NOT_FOUND',
  'PROTOCOL.ALREADY_PAUSED': 'PRECONDITION_FAILED',
  'PROTOCOL.ALREADY_STARTED': 'PRECONDITION_FAILED',
  'PROTOCOL.CORRUPT_STATE': 'PRECONDITION_FAILED',
  'PROTOCOL.DOES_NOT_FIT': 'PRECONDITION_FAILED',
  'PROTOCOL.DUPLICATE_CHOICE': 'PRECONDITION_FAILED',
  'PROTOCOL.DUPLICATE_DILEMMA': 'PRECONDITION_FAILED',
  'PROTOCOL.DUPLICATE_NOTE': 'PRECONDITION_FAILED',
  'PROTOCOL.DUPLICATE_REACTION': 'PRECONDITION_FAILED',
  'PROTOCOL.FINISHED': 'PRECONDITION_FAILED',
  'PROTOCOL.INVALID_EVENT': 'BAD_REQUEST',
  'PROTOCOL.INVALID_PLAN': 'BAD_REQUEST',
  'PROTOCOL.INVALID_SETTINGS': 'BAD_REQUEST',
  'PROTOCOL.NOTHING_CHOSEN': 'PRECONDITION_FAILED',
  'PROTOCOL.NOTHING_TO_DROP': 'PRECONDITION_FAILED',
  'PROTOCOL.NOTHING_TO_SKIP': 'PRECONDITION_FAILED',
  'PROTOCOL.NOT_CURRENT_STEP': 'PRECONDITION_FAILED',
  'PROTOCOL.NOT_PAUSED': 'PRECONDITION_FAILED',
  'PROTOCOL.NOT_STARTED': 'PRECONDITION_FAILED',
  'PROTOCOL.TOO_EARLY': 'PRECONDITION_FAILED',
  'PROTOCOL.TOO_MANY_DILEMMAS': 'BAD_REQUEST',
  'PROTOCOL.UNKNOWN_DILEMMA': 'PRECONDITION_FAILED',
  'PROTOCOL_CUE.NOT_FOUND': 'NOT_FOUND',
  'PROTOCOL_RUN.NOT_FOUND': 'NOT_FOUND',
  'PROTOCOL_VIEW.NOT_FOUND': 'NOT_FOUND',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  'REFERENCE.INVALID_REFERENCE': 'BAD_REQUEST',
  'REPORT.ALREADY_DRAFTED': 'PRECONDITION_FAILED',
  'REPORT.ALREADY_PUBLISHED': 'PRECONDITION_FAILED',
  'REPORT.CLIENT_HIT_NOT_FOUND': 'PRECONDITION_FAILED',
  'REPORT.CLIENT_NAMES': 'PRECONDITION_FAILED',
  'REPORT.CONSENT_MISSING': 'PRECONDITION_FAILED',
  'REPORT.NOTHING_DISCUSSED': 'PRECONDITION_FAILED',
  'REPORT.NOT_FOUND': 'NOT_FOUND',
  'REPORT.NOT_PUBLISHED': 'PRECONDITION_FAILED',
  'REPORT.NO_CHANGES': 'PRECONDITION_FAILED',
  'REPORT.TOO_EARLY': 'PRECONDITION_FAILED',
  'SERIES.HAS_SESSIONS': 'PRECONDITION_FAILED',
  'SERIES.INVALID': 'BAD_REQUEST',
  'SERIES.INVALID_DATE': 'BAD_REQUEST',
  'SERIES.INVALID_PLAN': 'BAD_REQUEST',
  'SERIES.LINK_NOT_PUBLIC': 'PRECONDITION_FAILED',
  'SERIES.NOT_ELIGIBLE': 'PRECONDITION_FAILED',
  'SERIES.NOT_FOUND': 'NOT_FOUND',
  'SERIES.NO_LINK': 'PRECONDITION_FAILED',
  'SERIES.SESSION_EXISTS': 'PRECONDITION_FAILED',
  'SESSION.ALREADY_CANCELLED': 'PRECONDITION_FAILED',
  'SESSION.ALREADY_ENDED': 'PRECONDITION_FAILED',
  'SESSION.ALREADY_HELD': 'PRECONDITION_FAILED',
  'SESSION.CANCELLED': 'PRECONDITION_FAILED',
  'SESSION.HAS_REPORT': 'PRECONDITION_FAILED',
  'SESSION.INVALID_TIMES': 'BAD_REQUEST',
  'SESSION.IN_PAST': 'PRECONDITION_FAILED',
  'SESSION.NOT_FOUND': 'NOT_FOUND',
  'SESSION.NOT_STARTED': 'PRECONDITION_FAILED',
  'SESSION.REASON_REQUIRED': 'PRECONDITION_FAILED',
  'SESSION.VERSION_CONFLICT': 'CONFLICT',
  'SUBSCRIPTION.NOT_FOUND': 'NOT_FOUND',
  'SUBSCRIPTION_TARGET.NOT_FOUND': 'NOT_FOUND',
  'THEME.IN_USE': 'PRECONDITION_FAILED',
  'THEME.NOT_FOUND': 'NOT_FOUND',
  'VALIDATION.INVALID': 'BAD_REQUEST',
  'WEEK.HAS_PROGRAMME': 'PRECONDITION_FAILED',
  'WEEK.INVALID': 'BAD_REQUEST',
  'WEEK.NOT_FOUND': 'NOT_FOUND',
  'WEEK_DAY.NOT_FOUND': 'NOT_FOUND',
  'WEEK_EDITION.NOT_FOUND': 'NOT_FOUND',
} as const satisfies Record<DomainErrorCode, TRPCCode>;

/**
 * Which tRPC code a domain code maps to (see {@link trpcCodes}).
 *
 * @example trpcCodeFor('SESSION.NOT_FOUND') // 'NOT_FOUND'
 */
export function trpcCodeFor(domainCode: DomainErrorCode): TRPCCode {
  // A code from outside the union (only possible through a cast) is a refusal, not a crash.
  return (trpcCodes as Partial<Record<string, TRPCCode>>)[domainCode] ?? 'PRECONDITION_FAILED';
}

/**
 * The one place where a domain refusal becomes a TRPCError: the code follows
 * {@link trpcCodeFor}, the message is the domain's Dutch sentence, and the domain error rides
 * along as the cause so the client receives `data.domainCode`.
 *
 * @example
 * const r = publishReport(report, consents, now);
 * if (!r.ok) throw toTRPCError(r.error);
 */
export function toTRPCError(domainError: DomainError): TRPCError {
  return new TRPCError({
    code: trpcCodeFor(domainError.code),
    message: domainError.message,
    cause: new DomainFailure(domainError),
  });
}

/**
 * Unwraps a domain Result or throws the mapped TRPCError: keeps procedures short.
 *
 * @example const published = unwrap(publishReport(report, consents, now));
 */
export function unwrap<T>(
  result:
    { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError },
): T {
  if (!result.ok) throw toTRPCError(result.error);
  return result.value;
}

/**
 * How long a refused caller should wait, for the HTTP `Retry-After` header: the longest
 * `retryAfterSeconds` a rate-limit refusal among these errors carries, or undefined.
 *
 * @example const wait = retryAfterSecondsOf(errors); if (wait) headers['Retry-After'] = String(wait);
 */
export function retryAfterSecondsOf(errors: readonly TRPCError[]): number | undefined {
  const waits = errors.flatMap((error) => {
    const wait =
      error.cause instanceof DomainFailure ? error.cause.details?.retryAfterSeconds : undefined;
    return error.code === 'TOO_MANY_REQUESTS' && typeof wait === 'number' && wait > 0 ? [wait] : [];
  });
  return waits.length > 0 ? Math.max(...waits) : undefined;
}
