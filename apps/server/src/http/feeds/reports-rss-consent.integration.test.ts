import { createCaller, createContextInner } from '@jamsessie/api';
import { databaseKindsUnderTest } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededServer, type SeededServer } from '../../testing/seeded-server.js';

const SANNE = 'sanne.willems@delinde.example';
/** The end of Sanne's reaction in the published March report (plain words, no escaping). */
const HER_WORDS = 'ik denk dat ik er wel wat mee kan';
/** After the March report went public (its consents were recorded at the session). */
const WITHDRAWN_AT = new Date('2025-04-01T08:00:00.000Z');

// Issue #14: a withdrawal on the participant's own page takes the item out of the feed at
// once; the report itself stays in it.
describe.each(databaseKindsUnderTest())(
  'the reports feed after a withdrawn consent on %s',
  (kind) => {
    let s: SeededServer;
    const sanne = () =>
      createCaller(
        createContextInner({
          db: s.handle.db,
          user: null,
          participant: { email: SANNE, sessionId: 'rss-consent' },
          now: () => WITHDRAWN_AT,
          clientKey: 'rss-consent-test',
          baseUrl: s.server.baseUrl,
        }),
      ).participant.mine;
    const feed = async () => (await fetch(s.url('/verslagen.rss'))).text();

    beforeAll(async () => {
      s = await startSeededServer(kind);
    });
    afterAll(() => s?.close());

    it('drops the reaction from /verslagen.rss at the next request, and keeps the report', async () => {
      const reaction = (await sanne().consentItems()).find((i) => i.kind === 'reaction')!;
      expect(reaction.text).toContain(HER_WORDS);
      const before = await feed();
      expect(before).toContain(HER_WORDS);
      expect(before).toContain(reaction.reportTitle);

      await sanne().decideConsent({ ...reaction, decision: 'refuse' });
      const after = await feed();
      expect(after).not.toContain(HER_WORDS);
      expect(after).toContain(reaction.reportTitle);
    });
  },
);
