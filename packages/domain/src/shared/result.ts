import type { DomainErrorCode } from './error-codes.js';

/**
 * Expected failures are values, not exceptions: every rule that can refuse returns a `Result`.
 * Codes are stable strings such as `SERIES.LINK_NOT_PUBLIC` that the API maps to HTTP/tRPC
 * codes in one place; `message` is a readable Dutch sentence that the apps may show as is.
 *
 * @example
 * const r = publishReport(report, consents);
 * if (!r.ok) console.log(r.error.code, r.error.message);
 */
export type DomainError<Code extends string = DomainErrorCode> = {
  readonly code: Code;
  /** A readable Dutch message, safe to show to the person who made the request. */
  readonly message: string;
  /** Optional machine-readable details, e.g. which quote lacks consent. Never secrets. */
  readonly details?: Readonly<Record<string, unknown>>;
};

/** The outcome of a rule that may refuse. */
export type Result<T, Code extends string = DomainErrorCode> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DomainError<Code> };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Builds a refused result with a code, a Dutch message and optional details. */
export function err<Code extends string>(
  code: Code,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): { readonly ok: false; readonly error: DomainError<Code> } {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}
