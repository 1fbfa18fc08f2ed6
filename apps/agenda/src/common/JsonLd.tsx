/**
 * Structured data for search engines. JSON-LD is a data block, not a script the browser runs,
 * so it fits the site's strict Content-Security-Policy. `<` is escaped so no text can close
 * the element early.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
