import { describe, expect, it } from 'vitest';
import {
  EmailDomain,
  Organisation,
  OrganisationInput,
  OrganisationKind,
  type Participation,
} from './organisation.schema.js';
import { organisationKindLabels } from './organisation.labels.js';
import {
  emailDomainOf,
  isParticipating,
  organisationForEmail,
  participatingFirst,
  participatingOrganisations,
  participationPeriodError,
} from './organisation.rules.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ZORG = id(1);
const GGZ = id(2);

const orgs = [
  Organisation.parse({
    id: id(11),
    slug: 'zorggroep-de-linde',
    name: 'Zorggroep De Linde',
    kind: 'care_organisation',
    emailDomains: ['delinde.nl'],
    version: 1,
  }),
  Organisation.parse({
    id: id(12),
    slug: 'ggz-het-anker',
    name: 'GGZ Het Anker',
    kind: 'care_organisation',
    emailDomains: ['hetanker.nl'],
    version: 1,
  }),
  Organisation.parse({
    id: id(13),
    slug: 'andere-zorg',
    name: 'Andere Zorg',
    kind: 'care_organisation',
    emailDomains: [],
    version: 1,
  }),
];
const period = (
  n: number,
  organisationId: string,
  movementId: string,
  from: string,
  until: string | null,
): Participation => ({
  id: id(n),
  organisationId,
  movementId,
  from,
  until,
  version: 1,
});
const participations = [
  period(21, id(11), ZORG, '2016-01-01', null),
  period(22, id(12), GGZ, '2020-01-01', null),
  period(23, id(13), ZORG, '2016-01-01', '2024-12-31'),
];

describe('isParticipating', () => {
  it('includes both ends and is open-ended without until', () => {
    const p = period(1, id(11), ZORG, '2020-01-01', '2020-12-31');
    expect(isParticipating(p, '2020-01-01')).toBe(true);
    expect(isParticipating(p, '2020-12-31')).toBe(true);
    expect(isParticipating(p, '2021-01-01')).toBe(false);
    expect(isParticipating(p, '2019-12-31')).toBe(false);
    expect(isParticipating({ ...p, until: null }, '2099-01-01')).toBe(true);
  });
  it('refuses a period that ends before it starts', () => {
    expect(participationPeriodError({ from: '2025-01-01', until: '2024-12-31' }).ok).toBe(false);
    expect(participationPeriodError({ from: '2025-01-01', until: null }).ok).toBe(true);
  });
});

describe('participatingOrganisations', () => {
  it('lists the organisations of one movement on a date, sorted by name', () => {
    expect(
      participatingOrganisations(orgs, participations, ZORG, '2024-06-01').map((o) => o.name),
    ).toEqual(['Andere Zorg', 'Zorggroep De Linde']);
    expect(
      participatingOrganisations(orgs, participations, ZORG, '2025-03-03').map((o) => o.name),
    ).toEqual(['Zorggroep De Linde']);
  });
  it('lists all movements together with null', () => {
    expect(
      participatingOrganisations(orgs, participations, null, '2025-03-03').map((o) => o.name),
    ).toEqual(['GGZ Het Anker', 'Zorggroep De Linde']);
  });
});

describe('organisationForEmail', () => {
  it("finds the one organisation that owns the address's domain, in any case", () => {
    expect(emailDomainOf(' Fenna@DeLinde.NL ')).toBe('delinde.nl');
    expect(organisationForEmail('Fenna@DeLinde.nl', orgs)?.name).toBe('Zorggroep De Linde');
  });
  it('guesses nothing for an unknown domain, no domain, or a domain two organisations share', () => {
    expect(organisationForEmail('fenna@elders.example', orgs)).toBeNull();
    expect(organisationForEmail('geen-adres', orgs)).toBeNull();
    const twin = { ...orgs[2]!, emailDomains: ['delinde.nl'] };
    expect(organisationForEmail('fenna@delinde.nl', [...orgs, twin])).toBeNull();
  });
});

describe('participatingFirst', () => {
  it('puts the organisations taking part on the date first, each group by name', () => {
    expect(
      participatingFirst(orgs, participations, '2025-03-03').map(
        (o) => `${o.organisation.name}:${o.participating}`,
      ),
    ).toEqual(['GGZ Het Anker:true', 'Zorggroep De Linde:true', 'Andere Zorg:false']);
  });
});

describe('organisation schema', () => {
  it('normalises e-mail domains and refuses addresses', () => {
    expect(EmailDomain.parse(' DeLinde.NL ')).toBe('delinde.nl');
    expect(EmailDomain.safeParse('iemand@delinde.nl').success).toBe(false);
  });
  it('has a Dutch label for every kind and derives an input without id', () => {
    for (const kind of OrganisationKind.options) expect(organisationKindLabels[kind]).toMatch(/\S/);
    expect(
      OrganisationInput.safeParse({ slug: 'x', name: 'X', kind: 'ministry', emailDomains: [] })
        .success,
    ).toBe(true);
  });
});
