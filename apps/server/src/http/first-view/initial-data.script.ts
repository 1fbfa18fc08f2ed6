/** The id of the data element; the agenda app reads it (apps/agenda/src/api/initial-data.ts). */
export const INITIAL_DATA_ELEMENT_ID = 'jamsessie-initial-data';

const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

/**
 * JSON that is safe inside an HTML `<script>` element: `<`, `>` and `&` (and the two line
 * separators old parsers choke on) become `\uXXXX` escapes, which JSON.parse reads back as
 * the same characters. So a title like `</script><script>alert(1)</script>` stays text.
 *
 * @example jsonForHtml({ title: '</script>' }) // '{"title":"\\u003c/script\\u003e"}'
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_HTML,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The data element for the page: `type="application/json"` is data, never run, so the
 * Content-Security-Policy (`script-src 'self'`, no inline scripts) stays as it is.
 *
 * @example initialDataScript([{ path: 'catalogue.themes', data: [] }])
 */
export function initialDataScript(queries: readonly unknown[]): string {
  return `<script type="application/json" id="${INITIAL_DATA_ELEMENT_ID}">${jsonForHtml({ queries })}</script>`;
}
