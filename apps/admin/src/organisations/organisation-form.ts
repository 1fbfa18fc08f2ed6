import {
  slugify,
  type Organisation,
  type OrganisationInput,
  type OrganisationKind,
} from '@jamsessie/domain';

/** An organisation as the form holds it: domains as lines. */
export type OrganisationDraft = {
  name: string;
  slug: string;
  slugTouched: boolean;
  kind: OrganisationKind;
  website: string;
  city: string;
  domains: string;
};

/**
 * The form's starting point: an empty care organisation, or an existing one.
 *
 * @example organisationDraftOf(null).kind // 'care_organisation'
 */
export function organisationDraftOf(org: Organisation | null): OrganisationDraft {
  return {
    name: org?.name ?? '',
    slug: org?.slug ?? '',
    slugTouched: org !== null,
    kind: org?.kind ?? 'care_organisation',
    website: org?.website ?? '',
    city: org?.city ?? '',
    domains: (org?.emailDomains ?? []).join('\n'),
  };
}

/**
 * The API's input: empty website and city left out, domains one per line (also separated by
 * commas or spaces), the slug proposed from the name unless typed.
 *
 * @example organisationInputOf({ ...draft, name: 'Zorg & Co' }).slug // 'zorg-en-co'
 */
export function organisationInputOf(draft: OrganisationDraft): OrganisationInput {
  const website = draft.website.trim();
  const city = draft.city.trim();
  return {
    name: draft.name,
    slug: draft.slugTouched ? draft.slug : slugify(draft.name),
    kind: draft.kind,
    ...(website ? { website } : {}),
    ...(city ? { city } : {}),
    emailDomains: draft.domains
      .split(/[\s,;]+/)
      .map((d) => d.trim().replace(/^@/, ''))
      .filter(Boolean),
  };
}
