const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[A-Za-z]{2,}/g;
const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"'<>]+/gi;

/**
 * Takes e-mail addresses and URLs out of a text that came from elsewhere (an error's message
 * or stack): a database error can quote a row, and a meeting link is a URL. Logs keep the
 * shape of the error, never the person or the link.
 *
 * @example scrub('duplicate iemand@voorbeeld.nl') // 'duplicate [e-mail]'
 */
export function scrub(text: string): string {
  return text.replace(URL_PATTERN, '[url]').replace(EMAIL, '[e-mail]');
}

/** An error as a log may show it: type, code, message and stack, scrubbed; no `detail`. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: scrub(error.message),
    ...(error.stack ? { stack: scrub(error.stack) } : {}),
    ...(error.cause === undefined ? {} : { cause: serializeError(error.cause) }),
  };
}
