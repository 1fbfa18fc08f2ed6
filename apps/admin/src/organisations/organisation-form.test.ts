import { describe, expect, it } from 'vitest';
import { organisationDraftOf, organisationInputOf } from './organisation-form';

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
});
