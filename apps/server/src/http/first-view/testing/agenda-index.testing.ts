import type { Db } from '@jamsessie/api';
import { findSessionBySlug, updateSession } from '@jamsessie/db';
import { cancelSession } from '@jamsessie/domain';
import { TEST_NOW } from '../../../testing/seeded-server.js';
import { INITIAL_DATA_ELEMENT_ID } from '../initial-data.script.js';

/** What Vite writes for the agenda app (the parts the server cares about). */
export const BUILT_INDEX = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Agenda · Radicale vernieuwing</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc123.css">
  </head>
  <body>
    <div id="root"></div>
    <noscript><p>Deze agenda werkt met JavaScript.</p></noscript>
  </body>
</html>
`;

/** One answer embedded in the page: the procedure's path, its input and its data. */
export type EmbeddedQuery = { path: string; input?: unknown; data: unknown };
/** The parts of an `agenda.list` answer the tests read. */
export type ListData = {
  items: { slug: string; title: string; status: string; startsAt: string; endsAt: string }[];
};

/**
 * The answers the page embeds for the app to seed its cache with, in their order.
 *
 * @example expect(embedded(html).map((query) => query.path)).toContain('agenda.list');
 */
export function embedded(html: string): EmbeddedQuery[] {
  const pattern = new RegExp(
    `<script type="application/json" id="${INITIAL_DATA_ELEMENT_ID}">([^<]*)</script>`,
  );
  const json = pattern.exec(html)?.[1];
  if (json === undefined) throw new Error('no initial data element in the page');
  return (JSON.parse(json) as { queries: EmbeddedQuery[] }).queries;
}

/**
 * The embedded `agenda.list` answer.
 *
 * @example const first = listOf(html).items[0];
 */
export function listOf(html: string): ListData {
  const list = embedded(html).find((query) => query.path === 'agenda.list');
  if (!list) throw new Error('no agenda.list in the initial data');
  return list.data as ListData;
}

/**
 * Cancels session `slug` through the repositories, behind the server's back (as another
 * process would), so a test can see whether the page notices.
 *
 * @example await cancel(handle.db, first.slug, 'Te weinig aanmeldingen');
 */
export async function cancel(db: Db, slug: string, reason: string): Promise<void> {
  const current = await findSessionBySlug(db, slug);
  if (!current) throw new Error(`no session ${slug}`);
  const cancelled = cancelSession(current, reason, TEST_NOW.toISOString());
  if (!cancelled.ok) throw new Error(cancelled.error.message);
  const stored = await updateSession(db, { ...cancelled.value, version: current.version });
  if (!stored.ok) throw new Error(stored.error.message);
}
