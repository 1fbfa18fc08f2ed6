import type { TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { isDatabaseUnavailable } from '@jamsessie/db';
import { fieldErrors as zodFieldErrors, STALE_EDIT_MESSAGE } from '@jamsessie/domain';
import type { z } from 'zod';
import { DomainFailure } from './errors.js';

/** What a visitor reads while the database is away (restart, network): try again later. */
export const SERVICE_UNAVAILABLE_MESSAGE =
  'De server is even niet bereikbaar. Probeer het over een paar minuten opnieuw.';

/** The message of a refused input whose field errors are in `data.fieldErrors`. */
export const INVALID_FIELDS_MESSAGE = 'Niet alle velden zijn goed ingevuld.';

/**
 * The Dutch message of every tRPC code, for errors that do not bring one of ours: tRPC's own
 * refusals (unreadable JSON, an unknown procedure, a GET to a mutation, a too large body…)
 * carry English texts that echo the request; those never reach a visitor.
 */
export const DUTCH_ERROR_MESSAGES: Readonly<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: 'De aanvraag kon niet worden gelezen.',
  BAD_REQUEST: 'De aanvraag kon niet worden gelezen.',
  UNAUTHORIZED: 'Log in om verder te gaan.',
  PAYMENT_REQUIRED: 'Dit is niet beschikbaar.',
  FORBIDDEN: 'Dit mag je niet doen.',
  NOT_FOUND: 'Niet gevonden.',
  METHOD_NOT_SUPPORTED: 'Deze aanvraag wordt niet ondersteund.',
  TIMEOUT: 'Dit duurde te lang. Probeer het opnieuw.',
  CONFLICT: STALE_EDIT_MESSAGE,
  PRECONDITION_FAILED: 'Dit kan nu niet.',
  PAYLOAD_TOO_LARGE: 'De aanvraag is te groot.',
  UNSUPPORTED_MEDIA_TYPE: 'De aanvraag heeft een vorm die de server niet kent.',
  UNPROCESSABLE_CONTENT: INVALID_FIELDS_MESSAGE,
  PRECONDITION_REQUIRED: 'Dit kan nu niet.',
  TOO_MANY_REQUESTS: 'Te veel pogingen. Probeer het over een paar minuten opnieuw.',
  CLIENT_CLOSED_REQUEST: 'De aanvraag is afgebroken.',
  INTERNAL_SERVER_ERROR: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  NOT_IMPLEMENTED: 'Dit kan de server (nog) niet.',
  BAD_GATEWAY: SERVICE_UNAVAILABLE_MESSAGE,
  SERVICE_UNAVAILABLE: SERVICE_UNAVAILABLE_MESSAGE,
  GATEWAY_TIMEOUT: SERVICE_UNAVAILABLE_MESSAGE,
};

/** The extra fields every error carries for the apps, beside tRPC's own `code`/`httpStatus`. */
export type ErrorDataExtra = {
  /** Dutch message per dotted field path; empty when the error is not about fields. */
  fieldErrors: Record<string, string>;
  /** The domain code (e.g. 'REPORT.CONSENT_MISSING') when a domain rule refused. */
  domainCode: string | null;
  /** The domain's machine-readable details (never secrets), or null. */
  domainDetails: Readonly<Record<string, unknown>> | null;
};

function isZodError(value: unknown): value is z.ZodError {
  return (
    value instanceof Error &&
    Array.isArray((value as { issues?: unknown }).issues) &&
    (value.name === 'ZodError' || value.name === '$ZodError')
  );
}

function detailsFields(details: Readonly<Record<string, unknown>> | undefined) {
  const fields = details?.['fields'];
  if (!fields || typeof fields !== 'object') return {};
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/** What {@link describeError} decided: the message, the extra data, and the code to answer with. */
export type DescribedError = {
  message: string;
  extra: ErrorDataExtra;
  /** The tRPC code of the answer: the error's own, or SERVICE_UNAVAILABLE for an outage. */
  code: TRPC_ERROR_CODE_KEY;
};

/**
 * The message, extra data and code to answer an error with. Only our own texts pass: a domain
 * refusal (every TRPCError we throw goes through `toTRPCError`) keeps its Dutch message and
 * code; zod input errors become Dutch `fieldErrors`; a database that cannot be reached becomes
 * SERVICE_UNAVAILABLE (503, try again later); everything else, tRPC's own English refusals
 * included, gets the Dutch sentence of its code. Outside development an unexpected error
 * never shows its message, so database messages or secrets never reach a client.
 *
 * @example describeError(error, false) // { message: '…', extra: { fieldErrors: {...}, ... }, code: 'BAD_REQUEST' }
 */
export function describeError(error: TRPCError, isDev: boolean): DescribedError {
  const extra: ErrorDataExtra = { fieldErrors: {}, domainCode: null, domainDetails: null };
  const cause = error.cause;
  if (cause instanceof DomainFailure) {
    extra.domainCode = cause.code;
    extra.domainDetails = cause.details ?? null;
    extra.fieldErrors = detailsFields(cause.details);
    return { message: cause.message, extra, code: error.code };
  }
  if (error.code === 'BAD_REQUEST' && isZodError(cause)) {
    extra.fieldErrors = zodFieldErrors(cause);
    extra.domainCode = 'VALIDATION.INVALID';
    return { message: INVALID_FIELDS_MESSAGE, extra, code: error.code };
  }
  if (error.code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(cause)) {
    return { message: SERVICE_UNAVAILABLE_MESSAGE, extra, code: 'SERVICE_UNAVAILABLE' };
  }
  if (error.code === 'INTERNAL_SERVER_ERROR' && isDev) {
    return { message: error.message, extra, code: error.code };
  }
  return { message: DUTCH_ERROR_MESSAGES[error.code], extra, code: error.code };
}

/** The default shape tRPC builds before our formatter runs. */
type DefaultShape = {
  message: string;
  code: number;
  data: { code: string; httpStatus: number; path?: string; stack?: string };
};

/**
 * The error formatter of `initTRPC`: replaces the message (and for an outage the code and
 * HTTP status) by {@link describeError}'s, adds
 * `fieldErrors`, `domainCode` and `domainDetails`, and drops the stack trace unless `isDev`.
 *
 * @example initTRPC.context<Context>().create({ errorFormatter: ({ shape, error }) => formatErrorShape(shape, error, isDev) })
 */
export function formatErrorShape<S extends DefaultShape>(
  shape: S,
  error: TRPCError,
  isDev: boolean,
) {
  const { message, extra, code } = describeError(error, isDev);
  const { stack, ...data } = shape.data;
  // tRPC takes the HTTP status of the answer from `data.httpStatus`.
  const status = code === 'SERVICE_UNAVAILABLE' ? { code, httpStatus: 503 } : {};
  return {
    ...shape,
    message,
    data: { ...data, ...status, ...(isDev && stack ? { stack } : {}), ...extra },
  };
}
