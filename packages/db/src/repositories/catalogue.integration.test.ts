import { randomUUID } from 'node:crypto';
import type { Organisation } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aMovement, anActionTeam, aTheme, uniqueSlug } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  findMovementBySlug,
  insertMovement,
  listMovements,
  updateMovement,
} from './movement.repository.js';
import {
  findActionTeamBySlug,
  insertActionTeam,
  listActionTeams,
} from './action-team.repository.js';
import {
  findOrganisationBySlug,
  findOrganisationsByEmailDomain,
  insertOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisation.repository.js';
import {
  insertParticipation,
  listParticipations,
  updateParticipation,
} from './participation.repository.js';
import {
  findKeywordBySlug,
  findThemeBySlug,
  insertKeyword,
  insertTheme,
  listKeywords,
  listThemes,
  updateTheme,
} from './taxonomy.repository.js';

function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: randomUUID(),
    slug: uniqueSlug('zorggroep'),
    name: 'Zorggroep De Voorbeeldlinde',
    kind: 'care_organisation',
    emailDomains: ['voorbeeldlinde.nl', 'linde-zorg.nl'],
    city: 'Utrecht',
    version: 1,
    ...overrides,
  };
}

describe.each(databaseKindsUnderTest())('catalogue repositories on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it('stores, finds and updates movements and action teams', async () => {
    const zorg = aMovement({ startedYear: 2016 });
    const jeugd = aMovement({ startedYear: 2022, description: 'Jeugdzorg' });
    expect(await insertMovement(handle.db, jeugd)).toEqual({ ok: true, value: jeugd });
    expect(await insertMovement(handle.db, zorg)).toEqual({ ok: true, value: zorg });
    const again = await insertMovement(handle.db, { ...aMovement(), slug: zorg.slug });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT.DUPLICATE');

    expect((await listMovements(handle.db)).map((m) => m.id)).toEqual([zorg.id, jeugd.id]);
    const renamed = await updateMovement(handle.db, { ...zorg, name: 'RV zorg' });
    expect(renamed.ok && renamed.value.name).toBe('RV zorg');
    expect(await findMovementBySlug(handle.db, zorg.slug)).toEqual({
      ...zorg,
      name: 'RV zorg',
      version: 2,
    });
    const missing = await updateMovement(handle.db, aMovement());
    expect(missing.ok ? null : missing.error.code).toBe('MOVEMENT.NOT_FOUND');

    const team = anActionTeam(zorg.id, { shortName: 'VVLG' });
    expect((await insertActionTeam(handle.db, team)).ok).toBe(true);
    expect(await findActionTeamBySlug(handle.db, team.slug)).toEqual(team);
    expect(await listActionTeams(handle.db, jeugd.id)).toEqual([]);
    expect(await listActionTeams(handle.db, zorg.id)).toEqual([team]);
  });

  it('keeps organisations with their mail domains and participations', async () => {
    const movement = aMovement();
    await insertMovement(handle.db, movement);
    const org = anOrganisation();
    const ministry = anOrganisation({
      kind: 'ministry',
      emailDomains: [],
      name: 'Ministerie',
      city: undefined,
    });
    delete ministry.city;
    expect(await insertOrganisation(handle.db, org)).toEqual({
      ok: true,
      value: { ...org, emailDomains: ['linde-zorg.nl', 'voorbeeldlinde.nl'] },
    });
    expect(await insertOrganisation(handle.db, ministry)).toEqual({ ok: true, value: ministry });

    const byDomain = await findOrganisationsByEmailDomain(handle.db, 'Linde-Zorg.nl');
    expect(byDomain.map((o) => o.id)).toEqual([org.id]);

    const updated = await updateOrganisation(handle.db, {
      ...org,
      emailDomains: ['nieuw.nl'],
      website: 'https://nieuw.nl',
    });
    expect(updated.ok && updated.value.emailDomains).toEqual(['nieuw.nl']);
    expect(await findOrganisationsByEmailDomain(handle.db, 'linde-zorg.nl')).toEqual([]);
    expect((await findOrganisationBySlug(handle.db, org.slug))?.website).toBe('https://nieuw.nl');

    const p = {
      id: randomUUID(),
      organisationId: org.id,
      movementId: movement.id,
      from: '2016-01-01',
      until: null,
      version: 1,
    };
    expect(await insertParticipation(handle.db, p)).toEqual({ ok: true, value: p });
    const taking = await listOrganisations(handle.db, {
      movementId: movement.id,
      participatingOn: '2025-03-03',
    });
    expect(taking.map((o) => o.id)).toEqual([org.id]);
    expect(await updateParticipation(handle.db, { ...p, until: '2024-12-31' })).toEqual({
      ok: true,
      value: { ...p, until: '2024-12-31', version: 2 },
    });
    expect(
      await listOrganisations(handle.db, {
        movementId: movement.id,
        participatingOn: '2025-03-03',
      }),
    ).toEqual([]);
    expect(await listParticipations(handle.db, { organisationId: org.id })).toHaveLength(1);
    expect((await listOrganisations(handle.db, { kind: 'ministry' })).map((o) => o.id)).toContain(
      ministry.id,
    );
  });

  it('refuses a participation that ends before it starts', async () => {
    const movement = aMovement();
    await insertMovement(handle.db, movement);
    const org = anOrganisation();
    await insertOrganisation(handle.db, org);
    await expect(
      insertParticipation(handle.db, {
        id: randomUUID(),
        organisationId: org.id,
        movementId: movement.id,
        from: '2025-01-01',
        until: '2024-01-01',
      }),
    ).rejects.toThrow(/participation_period/);
  });

  it('stores themes and keywords with unique slugs', async () => {
    const theme = aTheme({ label: 'Open deuren', description: 'Deuren van verpleeghuizen' });
    expect(await insertTheme(handle.db, theme)).toEqual({ ok: true, value: theme });
    const clash = await insertTheme(handle.db, aTheme({ slug: theme.slug }));
    expect(clash.ok ? null : clash.error.code).toBe('CONFLICT.DUPLICATE');
    const other = aTheme();
    await insertTheme(handle.db, other);
    const slugTaken = await updateTheme(handle.db, { ...other, slug: theme.slug });
    expect(slugTaken.ok ? null : slugTaken.error.code).toBe('CONFLICT.DUPLICATE');
    const relabelled = await updateTheme(handle.db, { ...theme, label: 'Open deuren!' });
    expect(relabelled.ok && relabelled.value.label).toBe('Open deuren!');
    expect((await findThemeBySlug(handle.db, theme.slug))?.label).toBe('Open deuren!');
    expect((await listThemes(handle.db)).map((t) => t.id)).toEqual(
      expect.arrayContaining([theme.id, other.id]),
    );

    const keyword = { id: randomUUID(), slug: uniqueSlug('naasten'), label: 'Naasten', version: 1 };
    expect(await insertKeyword(handle.db, keyword)).toEqual({ ok: true, value: keyword });
    expect(await findKeywordBySlug(handle.db, keyword.slug)).toEqual(keyword);
    expect(await listKeywords(handle.db)).toEqual([keyword]);
  });
});
