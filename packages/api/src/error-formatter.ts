import type { TRPCError } from '@trpc/server';
import { fieldErrors as zodFieldErrors } from '@jamsessie/domain';
import type { z } from 'zod';
import { DomainFailure } from './errors.js';

/** Dutch fall-back messages for errors that do not come with one of ours. */
const genericMessages: Partial<Record<TRPCError['code'], string>> = {
  BAD_REQUEST: 'Niet alle velden zijn goed ingevuld.',
  INTERNAL_SERVER_ERROR: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  NOT_FOUND: 'Niet gevonden.',
  METHOD_NOT_SUPPORTED: 'Deze aanvraag wordt niet ondersteund.',
  PARSE_ERROR: 'De aanvraag kon niet worden gelezen.',
  PAYLOAD_TOO_LARGE: 'De aanvraag is te groot.',
  TOO_MANY_REQUESTS: 'Te veel pogingen. Probeer het over een paar minuten opnieuw.',
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

/**
 * The extra data and the message to show for an error. Zod input errors become Dutch
 * `fieldErrors`; domain refusals keep their Dutch message and code; anything unexpected is
 * reduced to a generic Dutch sentence in production so database messages or secrets never
 * reach a client.
 *
 * @example describeError(error, false) // { message: '…', extra: { fieldErrors: {...}, ... } }
 */
export function describeError(
  error: TRPCError,
  isDev: boolean,
): { message: string; extra: ErrorDataExtra } {
  const extra: ErrorDataExtra = { fieldErrors: {}, domainCode: null, domainDetails: null };
  const cause = error.cause;
  if (cause instanceof DomainFailure) {
    extra.domainCode = cause.code;
    extra.domainDetails = cause.details ?? null;
    extra.fieldErrors = detailsFields(cause.details);
    return { message: cause.message, extra };
  }
  if (error.code === 'BAD_REQUEST' && isZodError(cause)) {
    extra.fieldErrors = zodFieldErrors(cause);
    extra.domainCode = 'VALIDATION.INVALID';
    return { message: genericMessages.BAD_REQUEST ?? error.message, extra };
  }
  if (error.code === 'INTERNAL_SERVER_ERROR' && !isDev) {
    return { message: genericMessages.INTERNAL_SERVER_ERROR ?? '', extra };
  }
  // Our own TRPCErrors carry Dutch messages; tRPC's built-in ones use the code as message.
  const fallback = genericMessages[error.code];
  const ownMessage = error.message && error.message !== error.code ? error.message : undefined;
  return { message: ownMessage ?? fallback ?? error.message, extra };
}

/** The default shape tRPC builds before our formatter runs. */
type DefaultShape = {
  message: string;
  code: number;
  data: { code: string; httpStatus: number; path?: string; stack?: string };
};

/**
 * The error formatter of `initTRPC`: replaces the message by {@link describeError}'s, adds
 * `fieldErrors`, `domainCode` and `domainDetails`, and drops the stack trace unless `isDev`.
 *
 * @example initTRPC.context<Context>().create({ errorFormatter: ({ shape, error }) => formatErrorShape(shape, error, isDev) })
 */
export function formatErrorShape<S extends DefaultShape>(
  shape: S,
  error: TRPCError,
  isDev: boolean,
) {
  const { message, extra } = describeError(error, isDev);
  const { stack, ...data } = shape.data;
  return {
    ...shape,
    message,
    data: { ...data, ...(isDev && stack ? { stack } : {}), ...extra },
  };
}
