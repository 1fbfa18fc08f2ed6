import { TRPCError } from '@trpc/server';
import type { DomainError } from '@jamsessie/domain';

type TRPCCode = TRPCError['code'];

/**
 * The cause attached to a TRPCError built from a domain refusal. The error formatter reads
 * it to add `data.domainCode`, `data.domainDetails` and (for validation) `data.fieldErrors`.
 */
export class DomainFailure extends Error {
  /** The stable domain code, e.g. 'REPORT.CONSENT_MISSING'. */
  readonly code: string;
  /** Machine-readable details from the domain (never secrets by the domain's contract). */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(error: DomainError) {
    super(error.message);
    this.name = 'DomainFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Codes whose refusal is about the request itself rather than the state of things. */
const inputProblem = /^VALIDATION\.|\.INVALID|_INVALID|\.TOO_|_BEFORE_|\.EMPTY/;

/**
 * Which tRPC code a domain code maps to. The rule, in order:
 * `*.NOT_FOUND` → NOT_FOUND; `CONFLICT.*` / `*.CONFLICT` / `*.VERSION_MISMATCH` → CONFLICT;
 * `RATE_LIMITED` → TOO_MANY_REQUESTS; `AUTH.FORBIDDEN` and `AUTH.PASSWORD_CHANGE_REQUIRED`
 * (signed in, but must first choose a password) → FORBIDDEN, other `AUTH.*` → UNAUTHORIZED;
 * a problem in the input (`VALIDATION.*`, `*.INVALID*`, `*.TOO_*`, …) → BAD_REQUEST; any other
 * refusal of a well-formed request (e.g. 'REPORT.CONSENT_MISSING') → PRECONDITION_FAILED.
 *
 * @example trpcCodeFor('SESSION.NOT_FOUND') // 'NOT_FOUND'
 */
export function trpcCodeFor(domainCode: string): TRPCCode {
  if (domainCode === 'NOT_FOUND' || domainCode.endsWith('.NOT_FOUND')) return 'NOT_FOUND';
  if (
    domainCode === 'CONFLICT' ||
    domainCode.startsWith('CONFLICT.') ||
    domainCode.endsWith('.CONFLICT') ||
    domainCode.endsWith('.VERSION_CONFLICT') ||
    domainCode.endsWith('.VERSION_MISMATCH')
  )
    return 'CONFLICT';
  if (domainCode === 'RATE_LIMITED' || domainCode.endsWith('.RATE_LIMITED'))
    return 'TOO_MANY_REQUESTS';
  if (domainCode === 'AUTH.FORBIDDEN' || domainCode === 'AUTH.PASSWORD_CHANGE_REQUIRED')
    return 'FORBIDDEN';
  if (domainCode.startsWith('AUTH.')) return 'UNAUTHORIZED';
  if (inputProblem.test(domainCode)) return 'BAD_REQUEST';
  return 'PRECONDITION_FAILED';
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
