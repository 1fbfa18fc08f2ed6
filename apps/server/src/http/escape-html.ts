/**
 * Text made safe to put in HTML, in element content and in quoted attributes alike: the five
 * characters that could end a text or an attribute become entities. The one escaper for the
 * server's own pages (subscription pages) and the HTML inside the reports feed.
 *
 * @example escapeHtml('Zorg & <welzijn> "thuis"') // 'Zorg &amp; &lt;welzijn&gt; &quot;thuis&quot;'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
