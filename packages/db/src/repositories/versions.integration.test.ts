import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aMovement, anActionTeam, aPerson, aTheme, uniqueSlug } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import { findMovementBySlug, insertMovement, updateMovement } from './movement.repository.js';
import {
  findActionTeamBySlug,
  insertActionTeam,
  updateActionTeam,
} from './action-team.repository.js';
import {
  findOrganisationById,
  insertOrganisation,
  updateOrganisation,
} from './organisation.repository.js';
import {
  findParticipationById,
  insertParticipation,
  updateParticipation,
} from './participation.repository.js';
import { findPersonById, insertPerson, updatePerson } from './person.repository.js';
import type { Executor, WriteResult } from './repository.helpers.js';
import {
  findKeywordById,
  findThemeById,
  insertKeyword,
  insertTheme,
  updateKeyword,
  updateTheme,
} from './taxonomy.repository.js';
import {
  findWeekDayById,
  insertWeekDay,
  insertWeekEdition,
  updateWeekDay,
} from './week.repository.js';

type Versioned = { id: string; version: number };

/** What a versioned aggregate needs for the shared "no lost update" checks. */
type Case<T extends Versioned> = {
  entity: string;
  insert: (db: Executor) => Promise<WriteResult<T>>;
  change: (stored: T) => T;
  update: (db: Executor, value: T) => Promise<WriteResult<T>>;
  find: (db: Executor, stored: T) => Promise<T | undefined>;
};

// Each case keeps its own types; the table holds them under the common shape.
const caseOf = <T extends Versioned>(c: Case<T>) => c as unknown as Case<Versioned>;

let dayOfMonth = 0;

/** The aggregates by name, with the rows they refer to inserted first. */
async function casesOn(db: Executor): Promise<Record<string, Case<Versioned>>> {
  const movement = aMovement();
  await insertMovement(db, movement);
  const organisationId = randomUUID();
  await insertOrganisation(db, {
    id: organisationId,
    slug: uniqueSlug('organisatie'),
    name: 'Zorggroep Versie (test)',
    kind: 'care_organisation',
    emailDomains: [],
  });
  const editionId = randomUUID();
  await insertWeekEdition(db, {
    id: editionId,
    slug: uniqueSlug('week'),
    year: 2030,
    title: 'Week (test)',
    motto: '',
    videoUrl: null,
    startsOn: '2030-11-01',
    endsOn: '2030-11-30',
    location: 'Utrecht',
  });
  return {
    movement: caseOf({
      entity: 'MOVEMENT',
      insert: (x) => insertMovement(x, aMovement()),
      change: (m) => ({ ...m, name: 'Hernoemd' }),
      update: updateMovement,
      find: (x, m) => findMovementBySlug(x, m.slug),
    }),
    'action team': caseOf({
      entity: 'ACTION_TEAM',
      insert: (x) => insertActionTeam(x, anActionTeam(movement.id)),
      change: (t) => ({ ...t, name: 'Hernoemd' }),
      update: updateActionTeam,
      find: (x, t) => findActionTeamBySlug(x, t.slug),
    }),
    organisation: caseOf({
      entity: 'ORGANISATION',
      insert: (x) =>
        insertOrganisation(x, {
          id: randomUUID(),
          slug: uniqueSlug('zorggroep'),
          name: 'Zorggroep (test)',
          kind: 'care_organisation',
          emailDomains: ['oud.example'],
        }),
      change: (o) => ({ ...o, emailDomains: ['nieuw.example'] }),
      update: updateOrganisation,
      find: (x, o) => findOrganisationById(x, o.id),
    }),
    participation: caseOf({
      entity: 'PARTICIPATION',
      insert: (x) =>
        insertParticipation(x, {
          id: randomUUID(),
          organisationId,
          movementId: movement.id,
          from: '2020-01-01',
          until: null,
        }),
      change: (p) => ({ ...p, until: '2024-12-31' }),
      update: updateParticipation,
      find: (x, p) => findParticipationById(x, p.id),
    }),
    theme: caseOf({
      entity: 'THEME',
      insert: (x) => insertTheme(x, aTheme()),
      change: (t) => ({ ...t, label: 'Hernoemd' }),
      update: updateTheme,
      find: (x, t) => findThemeById(x, t.id),
    }),
    keyword: caseOf({
      entity: 'KEYWORD',
      insert: (x) =>
        insertKeyword(x, { id: randomUUID(), slug: uniqueSlug('trefwoord'), label: 'Naasten' }),
      change: (k) => ({ ...k, label: 'Hernoemd' }),
      update: updateKeyword,
      find: (x, k) => findKeywordById(x, k.id),
    }),
    'week day': caseOf({
      entity: 'WEEK_DAY',
      insert: (x) => {
        dayOfMonth += 1;
        return insertWeekDay(x, {
          id: randomUUID(),
          editionId,
          date: `2030-11-${String(dayOfMonth).padStart(2, '0')}`,
          sector: 'zorg',
          title: 'Maandag',
          summary: '',
          recordingUrl: null,
          reportUrl: null,
        });
      },
      change: (d) => ({ ...d, recordingUrl: 'https://video.example/opname' }),
      update: updateWeekDay,
      find: (x, d) => findWeekDayById(x, d.id),
    }),
    person: caseOf({
      entity: 'PERSON',
      insert: (x) => insertPerson(x, aPerson()),
      change: (p) => ({ ...p, displayName: 'Nieuwe naam' }),
      update: updatePerson,
      find: (x, p) => findPersonById(x, p.id),
    }),
  };
}

const NAMES = [
  'movement',
  'action team',
  'organisation',
  'participation',
  'theme',
  'keyword',
  'week day',
  'person',
];

// Issue 4: an edit carries the version it started from; a stale one is refused and changes
// nothing, so two coordinators editing the same thing never silently overwrite each other.
describe.each(databaseKindsUnderTest())('versioned updates on %s', (kind) => {
  let handle: DatabaseHandle;
  let all: Record<string, Case<Versioned>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    all = await casesOn(handle.db);
  });
  afterAll(() => handle.close());

  it.each(NAMES)('a %s is stored at version 1 and each save raises it by one', async (name) => {
    const c = all[name]!;
    const inserted = await c.insert(handle.db);
    if (!inserted.ok) throw new Error(inserted.error.message);
    expect(inserted.value.version).toBe(1);
    const first = await c.update(handle.db, c.change(inserted.value));
    expect(first.ok && first.value.version).toBe(2);
    const second = await c.update(handle.db, first.ok ? first.value : inserted.value);
    expect(second.ok && second.value.version).toBe(3);
    expect((await c.find(handle.db, inserted.value))?.version).toBe(3);
  });

  it.each(NAMES)('a stale %s update is refused and changes nothing', async (name) => {
    const c = all[name]!;
    const inserted = await c.insert(handle.db);
    if (!inserted.ok) throw new Error(inserted.error.message);
    // Two tabs load version 1; the first saves its change…
    const winner = await c.update(handle.db, c.change(inserted.value));
    if (!winner.ok) throw new Error(winner.error.message);
    // …the second saves the original values, still based on version 1.
    const stale = await c.update(handle.db, inserted.value);
    if (stale.ok) throw new Error('a stale update was accepted');
    expect(stale.error.code).toBe('CONFLICT.STALE_VERSION');
    expect(stale.error.message).toMatch(/Iemand anders heeft dit intussen gewijzigd/);
    expect(stale.error.details).toEqual({
      entity: c.entity,
      id: inserted.value.id,
      expectedVersion: 1,
      currentVersion: 2,
    });
    expect(await c.find(handle.db, inserted.value)).toEqual(winner.value);
  });

  it.each(NAMES)('updating a %s that does not exist says it is not found', async (name) => {
    const c = all[name]!;
    const inserted = await c.insert(handle.db);
    if (!inserted.ok) throw new Error(inserted.error.message);
    // A fresh slug too, so the refusal is about the id and not about a taken slug.
    const slug = 'slug' in inserted.value ? { slug: uniqueSlug('weg') } : {};
    const ghost = { ...inserted.value, ...slug, id: randomUUID() };
    const result = await c.update(handle.db, ghost);
    expect(result.ok ? null : result.error.code).toBe(`${c.entity}.NOT_FOUND`);
  });
});
