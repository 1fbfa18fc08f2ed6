/** What a redacted secret is replaced with in public text. */
export const REDACTED_LINK = '[link op aanvraag]';

function variantsOf(secret: string): string[] {
  const trimmed = secret.trim();
  if (trimmed === '') return [];
  const withoutScheme = trimmed.replace(/^https?:\/\//i, '');
  // Longest first, so the full link is replaced before its scheme-less tail.
  return [...new Set([trimmed, withoutScheme])]
    .filter((v) => v.length >= 4)
    .sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function replaceAllInsensitive(text: string, needle: string, replacement: string): string {
  const pattern = new RegExp(escapeRegExp(needle), 'gi');
  let result = text;
  // A replacement next to surrounding text could in theory form the needle again, so repeat;
  // if it still does after a few passes, withhold the whole text rather than risk a leak.
  for (let pass = 0; pass < 5; pass += 1) {
    pattern.lastIndex = 0;
    if (!pattern.test(result)) return result;
    pattern.lastIndex = 0;
    result = result.replace(pattern, replacement);
  }
  pattern.lastIndex = 0;
  return pattern.test(result) ? replacement : result;
}

/**
 * Removes secret links (meeting links) from free text, also without their `https://` and in
 * any letter case, so a link pasted into a public description cannot leak.
 *
 * @example redactSecrets('Doe mee via https://zoom.us/j/1', ['https://zoom.us/j/1'])
 * // 'Doe mee via [link op aanvraag]'
 */
export function redactSecrets(
  text: string,
  secrets: readonly (string | null | undefined)[],
): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const variant of variantsOf(secret))
      result = replaceAllInsensitive(result, variant, REDACTED_LINK);
  }
  return result;
}
