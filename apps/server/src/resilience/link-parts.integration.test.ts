import { databaseKindsUnderTest } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationCard } from '../downloads/documents/invitation-card.document.js';
import { invitationTarget } from '../downloads/documents/invitation.document.js';
import { pageToSvg } from '../downloads/render/svg.render.js';
import { loadSeriesDocumentData } from '../downloads/series-documents.data.js';
import { plantLinkPartsEverywhere, type LinkPartsTraps } from './link-parts-traps.testing.js';
import { fetchReadable } from './public-crawl.helpers.js';
import { publicProcedureInputs, publicRoutePaths } from './public-inputs.testing.js';
import {
  RESILIENCE_NOW,
  startResilienceServer,
  type ResilienceServer,
} from './resilience-server.testing.js';
import { routerProcedures } from './router-procedures.catalog.js';
import { headerText, leaksIn } from './secret-scan.js';
import { plantSecretTraps, type PlantedTraps } from './secret-traps.testing.js';
import { trpcUrl } from './trpc-http.client.js';

const publicProcedures = routerProcedures().filter((p) => p.access === 'public');

describe.each(databaseKindsUnderTest())(
  'a meeting link and its parts in every text field on %s',
  (kind) => {
    let s: ResilienceServer;
    let traps: PlantedTraps;
    let planted: LinkPartsTraps;

    beforeAll(async () => {
      s = await startResilienceServer(kind);
      traps = await plantSecretTraps(s.handle.db);
      planted = await plantLinkPartsEverywhere(s.handle.db);
    });
    afterAll(async () => {
      await s?.close();
    });

    const leaksOf = (text: string) => leaksIn(text, [planted.secret]);

    it('planted every free-text field of every schema, found by walking the schemas', () => {
      const missing = Object.entries(planted.coverage).flatMap(
        ([name, { fields, planted: done }]) =>
          fields.filter((field) => !done.includes(field)).map((field) => `${name}.${field}`),
      );
      expect(missing, 'text fields the demo data leaves unplanted').toEqual([]);
      expect(planted.coverage['Session']?.fields).toEqual(
        expect.arrayContaining(['title', 'description', 'location', 'cancellationReason']),
      );
      expect(Object.values(planted.coverage).flatMap((c) => c.fields).length).toBeGreaterThan(20);
    });

    it('no public route shows the link, its ID or its passcode (pages, feeds, RSS, PDFs, PNG)', async () => {
      const leaks: string[] = [];
      let ok = 0;
      for (const path of await publicRoutePaths(s.handle.db)) {
        const answer = await fetchReadable(s.url(path));
        if (answer.status === 200) ok += 1;
        for (const label of [...leaksOf(answer.text), ...leaksOf(headerText(answer.headers))])
          leaks.push(`GET ${path}: ${label}`);
      }
      expect(leaks).toEqual([]);
      expect(ok).toBeGreaterThan(20);
    }, 120_000);

    it('no public procedure shows them, searches for them included', async () => {
      const inputs = await publicProcedureInputs(s.handle.db, traps, s.accounts.coordinator.user);
      const { id, groupedId, passcode } = planted.planted;
      for (const search of ['reports.list', 'tips.list']) {
        inputs[search] = [
          ...(inputs[search] ?? []),
          ...[id, groupedId, passcode, 'zoom', 'code'].map((q) => ({ q, pageSize: 50 })),
        ];
      }
      const leaks: string[] = [];
      let requests = 0;
      for (const procedure of publicProcedures) {
        for (const input of inputs[procedure.path] ?? []) {
          const url = trpcUrl(s.server.baseUrl, procedure.path, procedure.kind, input);
          const body = JSON.stringify(input);
          const init: RequestInit =
            procedure.kind === 'query'
              ? {}
              : {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json' },
                  ...(body === undefined ? {} : { body }),
                };
          const answer = await fetchReadable(url, init);
          requests += 1;
          for (const label of leaksOf(answer.text))
            leaks.push(`${procedure.path} ${body}: ${label}`);
        }
      }
      expect(leaks).toEqual([]);
      expect(requests).toBeGreaterThan(60);
      // Nor does search confirm them: a query for a planted ID or passcode finds nothing,
      // although the report holds them (its public text shows only the redaction).
      for (const search of ['reports.list', 'tips.list']) {
        for (const q of [id, groupedId, passcode]) {
          const url = trpcUrl(s.server.baseUrl, search, 'query', { q, pageSize: 50 });
          const answer = JSON.parse((await fetchReadable(url)).text) as {
            result: { data: { total: number } };
          };
          expect({ search, q, total: answer.result.data.total }).toEqual({ search, q, total: 0 });
        }
      }
    }, 120_000);

    it('the invitation card is drawn (SVG, then PNG) from filtered texts only', async () => {
      const series = await s.handle.db.selectFrom('series').select('slug').execute();
      let drawn = 0;
      for (const { slug } of series) {
        const data = await loadSeriesDocumentData(s.handle.db, slug, s.server.baseUrl);
        expect(leaksOf(JSON.stringify(data))).toEqual([]);
        const target = data && invitationTarget(data, RESILIENCE_NOW);
        if (!data || !target) continue;
        const svg = pageToSvg(invitationCard(data, target), { title: data.title, description: '' });
        expect(leaksOf(svg)).toEqual([]);
        drawn += 1;
      }
      expect(drawn).toBeGreaterThan(0);
    });
  },
);
