import { compileMeetingLinkFilter } from './meeting-link-filter.js';

/**
 * Removes meeting links and their parts from free text: a shorthand for
 * `compileMeetingLinkFilter(secrets).redact(text)` where only a few links are known (one
 * session's projection). Public surfaces filter against ALL links through the compiled filter.
 *
 * @example redactSecrets('Doe mee via https://zoom.us/j/123456789', ['https://zoom.us/j/123456789'])
 * // 'Doe mee via [link op aanvraag]'
 */
export function redactSecrets(
  text: string,
  secrets: readonly (string | null | undefined)[],
): string {
  return compileMeetingLinkFilter(secrets).redact(text);
}
