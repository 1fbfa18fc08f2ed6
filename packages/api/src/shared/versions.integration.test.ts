import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { STALE_EDIT_MESSAGE } from '@jamsessie/domain';

const ORGANISATION = demoId('organisation:zorggroep-de-linde-demo');
const PARTICIPATION = demoId('participation:zorggroep-de-linde-demo:zorg');
const THEME = demoId('theme:zorgzame-gemeenschappen');
const KEYWORD = demoId('keyword:naasten');
const PERSON = demoId('person:noor');

type Caller = ReturnType<typeof adminCaller>;

/**
 * One editable aggregate: how to read its version and one field the edit changes, and how to
 * save that field's value for edit `round` (1, 2, …) based on a given version.
 */
type Case = {
  name: string;
  read: (c: Caller) => Promise<{ version: number; text: string | null }>;
  save: (c: Caller, version: number, round: number) => Promise<unknown>;
};

async function firstWeekDay(c: Caller) {
  const [edition] = await c.admin.week.editions.list();
  const [day] = await c.admin.week.days.list({ editionId: edition!.id });
  return day!;
}

const cases: Case[] = [
  {
    name: 'organisation',
    read: async (c) => {
      const { organisation } = await c.admin.organisations.get({ id: ORGANISATION });
      return { version: organisation.version, text: organisation.city ?? null };
    },
    save: (c, version, round) =>
      c.admin.organisations.update({ id: ORGANISATION, version, city: `Stad ${round}` }),
  },
  {
    name: 'participation',
    read: async (c) => {
      const list = await c.admin.organisations.participations.list({
        organisationId: ORGANISATION,
      });
      const p = list.find((x) => x.id === PARTICIPATION)!;
      return { version: p.version, text: p.until };
    },
    save: (c, version, round) =>
      c.admin.organisations.participations.update({
        id: PARTICIPATION,
        version,
        until: `2030-0${round}-28`,
      }),
  },
  {
    name: 'theme',
    read: async (c) => {
      const theme = (await c.admin.taxonomy.themes.list()).find((t) => t.id === THEME)!;
      return { version: theme.version, text: theme.label };
    },
    save: (c, version, round) =>
      c.admin.taxonomy.themes.update({ id: THEME, version, label: `Thema ${round}` }),
  },
  {
    name: 'keyword',
    read: async (c) => {
      const keyword = (await c.admin.taxonomy.keywords.list()).find((k) => k.id === KEYWORD)!;
      return { version: keyword.version, text: keyword.label };
    },
    save: (c, version, round) =>
      c.admin.taxonomy.keywords.update({ id: KEYWORD, version, label: `Trefwoord ${round}` }),
  },
  {
    name: 'person',
    read: async (c) => {
      const { person } = await c.admin.people.get({ id: PERSON });
      return { version: person.version, text: person.displayName };
    },
    save: (c, version, round) =>
      c.admin.people.update({ id: PERSON, version, displayName: `Naam ${round}` }),
  },
  {
    name: 'week day',
    read: async (c) => {
      const day = await firstWeekDay(c);
      return { version: day.version, text: day.summary };
    },
    save: async (c, version, round) =>
      c.admin.week.days.update({
        id: (await firstWeekDay(c)).id,
        version,
        summary: `Samenvatting ${round}`,
      }),
  },
  {
    name: 'week day links',
    read: async (c) => {
      const day = await firstWeekDay(c);
      return { version: day.version, text: day.recordingUrl };
    },
    save: async (c, version, round) =>
      c.admin.week.days.setLinks({
        id: (await firstWeekDay(c)).id,
        version,
        recordingUrl: `https://video.example/opname-${round}`,
        reportUrl: null,
      }),
  },
];

type Ref = { id: string; version: number };

/**
 * One aggregate a coordinator can delete: how to make a fresh one, how a colleague changes it
 * (giving the new version), how to delete it based on a version, and whether it still exists.
 */
type DeleteCase = {
  name: string;
  /** The audit entity, also the prefix of the NOT_FOUND code. */
  entity: string;
  notFoundMessage: string;
  create: (c: Caller) => Promise<Ref>;
  change: (c: Caller, loaded: Ref) => Promise<Ref>;
  remove: (c: Caller, ref: Ref) => Promise<unknown>;
  exists: (c: Caller, id: string) => Promise<boolean>;
};

const newOrganisation = (c: Caller, slug: string) =>
  c.admin.organisations.create({ slug, name: slug, kind: 'care_organisation', emailDomains: [] });

const deleteCases: DeleteCase[] = [
  {
    name: 'theme',
    entity: 'theme',
    notFoundMessage: 'Dit thema bestaat niet (meer).',
    create: (c) => c.admin.taxonomy.themes.create({ slug: 'weg-thema', label: 'Weg' }),
    change: (c, { id, version }) => c.admin.taxonomy.themes.update({ id, version, label: 'Nu' }),
    remove: (c, ref) => c.admin.taxonomy.themes.delete(ref),
    exists: async (c, id) => (await c.admin.taxonomy.themes.list()).some((t) => t.id === id),
  },
  {
    name: 'keyword',
    entity: 'keyword',
    notFoundMessage: 'Dit trefwoord bestaat niet (meer).',
    create: (c) => c.admin.taxonomy.keywords.create({ slug: 'weg-trefwoord', label: 'Weg' }),
    change: (c, { id, version }) => c.admin.taxonomy.keywords.update({ id, version, label: 'Nu' }),
    remove: (c, ref) => c.admin.taxonomy.keywords.delete(ref),
    exists: async (c, id) => (await c.admin.taxonomy.keywords.list()).some((k) => k.id === id),
  },
  {
    name: 'organisation',
    entity: 'organisation',
    notFoundMessage: 'Deze organisatie bestaat niet (meer).',
    create: (c) => newOrganisation(c, 'weg-organisatie'),
    change: (c, { id, version }) => c.admin.organisations.update({ id, version, city: 'Zwolle' }),
    remove: (c, ref) => c.admin.organisations.delete(ref),
    exists: async (c, id) => (await c.admin.organisations.list()).some((o) => o.id === id),
  },
  {
    name: 'participation',
    entity: 'participation',
    notFoundMessage: 'Deze deelname bestaat niet (meer).',
    create: async (c) =>
      c.admin.organisations.participations.create({
        organisationId: (await newOrganisation(c, 'weg-deelname')).id,
        movementId: demoId('movement:zorg'),
        from: '2025-01-01',
        until: null,
      }),
    change: (c, { id, version }) =>
      c.admin.organisations.participations.update({ id, version, until: '2030-12-31' }),
    remove: (c, ref) => c.admin.organisations.participations.delete(ref),
    exists: async (c, id) =>
      (await c.admin.organisations.participations.list()).some((p) => p.id === id),
  },
];

// Issues 4 and 6: two tabs edit the same thing; the second save, based on the version both
// loaded, ends in the clear Dutch conflict message and leaves the first one's change intact.
describe.each(databaseKindsUnderTest())('versioned admin edits on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-09-15T08:00:00.000Z');
  const caller = () => adminCaller(handle.db, users.coordinator, clock);

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it.each(cases)('refuses a stale $name edit with CONFLICT; nothing changes', async (c) => {
    const loaded = await c.read(caller());
    await c.save(caller(), loaded.version, 1);
    const first = await c.read(caller());
    expect(first.version).toBe(loaded.version + 1);

    const refused = await failure(c.save(caller(), loaded.version, 2));
    expect(refused).toEqual({
      code: 'CONFLICT',
      message: STALE_EDIT_MESSAGE,
      domainCode: 'CONFLICT.STALE_VERSION',
    });
    expect(await c.read(caller())).toEqual(first);

    // Reloaded, the second tab saves on top of the first one's version.
    await c.save(caller(), first.version, 2);
    expect((await c.read(caller())).version).toBe(first.version + 1);
  });

  // A coordinator cannot delete what a colleague changed after they looked at it.
  it.each(deleteCases)('refuses a stale $name delete; the current version deletes', async (d) => {
    const deleteEntries = async (id: string) =>
      (await caller().admin.audit.list({ entityId: id, action: `${d.entity}.delete` })).items;
    const loaded = await d.create(caller());
    const changed = await d.change(caller(), loaded);
    expect(changed.version).toBe(loaded.version + 1);

    const refused = await failure(d.remove(caller(), loaded));
    expect(refused).toEqual({
      code: 'CONFLICT',
      message: STALE_EDIT_MESSAGE,
      domainCode: 'CONFLICT.STALE_VERSION',
    });
    expect(await d.exists(caller(), loaded.id)).toBe(true);
    expect(await deleteEntries(loaded.id)).toEqual([]);

    await d.remove(caller(), changed);
    expect(await d.exists(caller(), loaded.id)).toBe(false);
    expect(await deleteEntries(loaded.id)).toHaveLength(1);

    const gone = await failure(d.remove(caller(), changed));
    expect(gone).toEqual({
      code: 'NOT_FOUND',
      message: d.notFoundMessage,
      domainCode: `${d.entity.toUpperCase()}.NOT_FOUND`,
    });
  });

  it('accepts exactly one of many parallel organisation edits on the same version', async () => {
    const { organisation } = await caller().admin.organisations.get({ id: ORGANISATION });
    const cities = Array.from({ length: 6 }, (_, i) => `Stad ${i + 1}`);
    const outcomes = await Promise.allSettled(
      cities.map((city) =>
        caller().admin.organisations.update({
          id: ORGANISATION,
          version: organisation.version,
          city,
        }),
      ),
    );
    const accepted = outcomes.filter((o) => o.status === 'fulfilled');
    expect(accepted).toHaveLength(1);
    expect(
      outcomes
        .filter((o) => o.status === 'rejected')
        .map((o) => (o.reason as { code: string }).code),
    ).toEqual(Array(cities.length - 1).fill('CONFLICT'));
    const winner = (accepted[0] as PromiseFulfilledResult<{ city?: string }>).value.city;
    const stored = (await caller().admin.organisations.get({ id: ORGANISATION })).organisation;
    expect(stored).toMatchObject({ city: winner, version: organisation.version + 1 });
  });

  it('refuses an edit that carries no version as bad input', async () => {
    const refused = await failure(
      caller().admin.taxonomy.themes.update({ id: THEME, label: 'Zonder versie' } as never),
    );
    expect(refused.code).toBe('BAD_REQUEST');
  });

  it('starts new records at version 1', async () => {
    const theme = await caller().admin.taxonomy.themes.create({
      slug: 'nieuw-thema-versie',
      label: 'Nieuw thema',
    });
    const person = await caller().admin.people.create({
      displayName: 'Nieuwe deelnemer',
      email: null,
      organisationId: null,
      isLocMember: false,
    });
    expect([theme.version, person.version]).toEqual([1, 1]);
  });
});
