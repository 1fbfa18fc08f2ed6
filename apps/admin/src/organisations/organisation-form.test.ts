import { describe, expect, it } from 'vitest';
import type { Organisation, Participation } from '@jamsessie/domain';
import {
  organisationDraftOf,
  organisationInputOf,
  organisationUpdateOf,
  participationEndOf,
} from './organisation-form';

describe('organisation form', () => {
  it('proposes the slug and reads domains from lines, commas or an @', () => {
    const input = organisationInputOf({
      ...organisationDraftOf(null),
      name: 'Zorg & Co Noord',
      domains: 'zorgenco.nl\n@noord.zorgenco.nl, extra.nl',
    });
    expect(input).toEqual({
      name: 'Zorg & Co Noord',
      slug: 'zorg-en-co-noord',
      kind: 'care_organisation',
      emailDomains: ['zorgenco.nl', 'noord.zorgenco.nl', 'extra.nl'],
    });
  });

  it('keeps a typed slug and the optional fields', () => {
    const input = organisationInputOf({
      ...organisationDraftOf(null),
      name: 'Stichting Voorbeeld',
      slug: 'voorbeeld',
      slugTouched: true,
      kind: 'foundation',
      website: 'https://voorbeeld.example',
      city: 'Utrecht',
    });
    expect(input).toMatchObject({
      slug: 'voorbeeld',
      website: 'https://voorbeeld.example',
      city: 'Utrecht',
    });
  });

  it('sends an edit with the version the form was loaded from', () => {
    const org: Organisation = {
      id: '22222222-2222-4222-8222-222222222222',
      slug: 'zorggroep-de-linde-demo',
      name: 'Zorggroep De Linde',
      kind: 'care_organisation',
      emailDomains: ['delinde.example'],
      version: 4,
    };
    const update = organisationUpdateOf(org, { ...organisationDraftOf(org), city: 'Tilburg' });
    expect(update).toEqual({
      id: org.id,
      version: 4,
      name: 'Zorggroep De Linde',
      slug: 'zorggroep-de-linde-demo',
      kind: 'care_organisation',
      city: 'Tilburg',
      emailDomains: ['delinde.example'],
    });
  });

  it('ends or reopens a participation based on the version shown', () => {
    const p: Participation = {
      id: '33333333-3333-4333-8333-333333333333',
      organisationId: '22222222-2222-4222-8222-222222222222',
      movementId: '44444444-4444-4444-8444-444444444444',
      from: '2016-09-01',
      until: null,
      version: 3,
    };
    expect(participationEndOf(p, '2024-12-31')).toEqual({
      id: p.id,
      version: 3,
      until: '2024-12-31',
    });
    expect(participationEndOf({ ...p, until: '2024-12-31' }, '')).toEqual({
      id: p.id,
      version: 3,
      until: null,
    });
  });
});
