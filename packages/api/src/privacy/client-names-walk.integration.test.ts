import { randomUUID } from 'node:crypto';
import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import type { ProtocolEvent } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  liveCaller,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';

// Defect 1 of issue #15: a client's name and room number, submitted as quotable through the
// public form, reached the shared screen, a draft heading, the report page and its feed.
const NAMED =
  'Mevrouw De Vries op kamer 12 wil elke dag alleen naar de markt, maar haar familie is bang.';
const WITHOUT_NAME =
  'Een bewoonster op kamer 12 wil elke dag alleen naar de markt, maar haar familie is bang.';
const AUGUST = demoId('session:jamsessies-vvlg:2025-08-04');
const SANNE = demoId('person:sanne');

describe.each(databaseKindsUnderTest())(
  'a client’s name on its way to the public on %s',
  (kind) => {
    let handle: DatabaseHandle;
    let users: AdminUsers;
    const clock = testClock('2025-08-01T10:00:00.000Z');
    const caller = () => adminCaller(handle.db, users.coordinator, clock);
    const visitor = () => adminCaller(handle.db, null, clock);
    let reportId = '';
    let slug = '';

    async function publicSurfaces(): Promise<string> {
      const page = await visitor()
        .reports.bySlug({ slug })
        .catch(() => null);
      const list = await visitor().reports.list({});
      const search = await visitor().reports.list({ q: 'markt familie' });
      return JSON.stringify({ page, list, search });
    }

    beforeAll(async () => {
      ({ handle, users } = await openAdminDatabase(kind));
    });
    afterAll(async () => {
      await handle.close();
    });

    it('walks form → inventory → live run → draft → publish; the name never reaches the public', async () => {
      const { session } = await caller().admin.sessions.get({ id: AUGUST });
      const receipt = await visitor().forms.bringDilemma({
        sessionSlug: session.slug,
        text: NAMED,
        consent: 'quotable',
      });
      expect(receipt.clientNameHint).toContain('Mevrouw De Vries');

      const [item] = await caller().admin.dilemmas.list({ sessionId: AUGUST });
      expect(item?.clientNameHint).toContain('kamer 12');
      const dilemmaId = item!.dilemma.id;

      // The live run: the shared screen (public by its link) shows "Vraag 1" and "Persoon A".
      clock.set('2025-08-04T11:05:00.000Z');
      const opened = await caller().admin.protocol.start({ sessionId: AUGUST });
      let version = opened.run.version;
      const dispatch = async (event: ProtocolEvent) => {
        const view = await caller().admin.protocol.dispatch({ sessionId: AUGUST, version, event });
        version = view.run.version;
        return view;
      };
      await dispatch({ type: 'choose', dilemmaIds: [dilemmaId] });
      await dispatch({ type: 'start', at: clock.now.toISOString() });
      clock.advance(4);
      await dispatch({ type: 'next', at: clock.now.toISOString() });
      await dispatch({
        type: 'addNote',
        id: randomUUID(),
        dilemmaId,
        step: 2,
        kind: 'tip',
        text: 'Loop eens een keer mee naar de markt.',
      });
      const live = await liveCaller(handle.db, clock).view({ token: opened.viewToken! });
      expect(live.heading).toBe('Vraag 1');
      expect(live.cue).toContain('Persoon A');
      for (const hidden of ['Vries', 'kamer 12'])
        expect(JSON.stringify(live)).not.toContain(hidden);

      // The draft heads the section "Vraag 1" (no kop given), never a cut-off sentence.
      clock.set('2025-08-05T09:00:00.000Z');
      const draft = await caller().admin.reports.draftFromRun({ sessionId: AUGUST });
      reportId = draft.id;
      slug = draft.slug;
      expect(draft.sections[0]?.heading).toBe('Vraag 1');
      const editing = await caller().admin.reports.get({ id: reportId });
      expect(editing.clientNameHits.map((h) => [h.field, h.kind, h.match])).toEqual([
        ['sections.0.dilemmaText', 'title_and_name', 'Mevrouw De Vries'],
        ['sections.0.dilemmaText', 'room_number', 'kamer 12'],
      ]);

      // Publishing is refused with every hit listed; nothing changes.
      const refused = await failure(
        caller().admin.reports.publish({ id: reportId, version: draft.version }),
      );
      expect(refused).toMatchObject({
        code: 'PRECONDITION_FAILED',
        domainCode: 'REPORT.CLIENT_NAMES',
      });
      expect(refused.message).toContain(
        'Vraag 1, tekst van de vraag: naam met aanspreekvorm „Mevrouw De Vries”',
      );
      expect(refused.message).toContain('Vraag 1, tekst van de vraag: kamernummer „kamer 12”');
      expect((await caller().admin.reports.get({ id: reportId })).report.status).toBe('draft');
      expect(await publicSurfaces()).not.toContain('Vries');

      // The editor edits the dilemma block: the name goes; the room number is marked.
      const edited = await caller().admin.reports.update({
        id: reportId,
        version: draft.version,
        sections: draft.sections.map((s) => ({ ...s, dilemmaText: WITHOUT_NAME })),
      });
      const stillRefused = await failure(
        caller().admin.reports.publish({ id: reportId, version: edited.version }),
      );
      expect(stillRefused.message).not.toContain('Mevrouw De Vries');
      expect(stillRefused.message).toContain('kamer 12');
      const [room] = (await caller().admin.reports.get({ id: reportId })).clientNameHits;
      const anonymous = await failure(
        visitor().admin.reports.clearClientHit({ id: reportId, key: room!.key }),
      );
      expect(anonymous.code).toBe('UNAUTHORIZED');
      expect(await caller().admin.reports.clearClientHit({ id: reportId, key: room!.key })).toEqual(
        [],
      );
      const audited = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'report.client_hit_cleared')
        .where('entity_id', '=', reportId)
        .execute();
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({
        actor_id: users.coordinator.id,
        details: { field: 'sections.0.dilemmaText', kind: 'room_number' },
      });

      const published = await caller().admin.reports.publish({
        id: reportId,
        version: edited.version,
      });
      expect(published.status).toBe('published');
      const shown = await publicSurfaces();
      expect(shown).toContain('Een bewoonster op kamer 12');
      expect(shown).not.toContain('Vries');
    });

    it('shows the public the published text until "Wijzigingen publiceren"', async () => {
      const before = (await visitor().reports.bySlug({ slug })).report;
      const { report } = await caller().admin.reports.get({ id: reportId });
      const working = await caller().admin.reports.update({
        id: reportId,
        version: report.version,
        intro: 'Meneer Jansen kwam ook even kijken.',
      });
      const editing = await caller().admin.reports.get({ id: reportId });
      expect(editing.hasUnpublishedChanges).toBe(true);
      expect(editing.report.intro).toBe('Meneer Jansen kwam ook even kijken.');
      expect((await visitor().reports.bySlug({ slug })).report).toEqual(before);
      expect(await publicSurfaces()).not.toContain('Jansen');

      // The same checks as publishing: the name is refused, nothing goes public.
      const refused = await failure(
        caller().admin.reports.publishChanges({ id: reportId, version: working.version }),
      );
      expect(refused.domainCode).toBe('REPORT.CLIENT_NAMES');
      expect((await visitor().reports.bySlug({ slug })).report).toEqual(before);

      const fixed = await caller().admin.reports.update({
        id: reportId,
        version: working.version,
        intro: 'Een buurman kwam ook even kijken.',
      });
      const stale = await failure(
        caller().admin.reports.publishChanges({ id: reportId, version: working.version }),
      );
      expect(stale.code).toBe('CONFLICT');
      const live = await caller().admin.reports.publishChanges({
        id: reportId,
        version: fixed.version,
      });
      expect(live.version).toBeGreaterThan(fixed.version);
      const after = (await visitor().reports.bySlug({ slug })).report;
      expect(after.intro).toBe('Een buurman kwam ook even kijken.');
      expect(after.publishedAt).toBe(before.publishedAt);
      expect((await caller().admin.reports.get({ id: reportId })).hasUnpublishedChanges).toBe(
        false,
      );
      // An editor who still holds a working-copy version is stale, never silently current.
      const late = await failure(
        caller().admin.reports.update({ id: reportId, version: fixed.version, intro: 'Oud.' }),
      );
      expect(late.code).toBe('CONFLICT');
    });

    it('erasing a person also drops a working copy that quotes them', async () => {
      const { report } = await caller().admin.reports.get({ id: reportId });
      const reaction = 'Dit neem ik mee naar mijn team, dank jullie wel!';
      await caller().admin.reports.update({
        id: reportId,
        version: report.version,
        reactions: [
          ...report.reactions,
          { id: randomUUID(), text: reaction, authorId: SANNE, consent: 'quotable' },
        ],
      });
      expect((await caller().admin.reports.get({ id: reportId })).hasUnpublishedChanges).toBe(true);
      await caller().admin.people.erase({ personId: SANNE });
      const after = await caller().admin.reports.get({ id: reportId });
      expect(after.hasUnpublishedChanges).toBe(false);
      expect(JSON.stringify(after)).not.toContain(SANNE);
    });
  },
);
