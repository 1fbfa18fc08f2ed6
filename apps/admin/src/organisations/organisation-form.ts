import {
  slugify,
  type Organisation,
  type OrganisationInput,
  type OrganisationKind,
  type OrganisationUpdate,
  type Participation,
  type ParticipationUpdate,
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

/**
 * The API's update of an existing organisation: the form's fields with the version the form
 * was loaded from, so a save after someone else's is refused instead of overwriting it.
 *
 * @example organisationUpdateOf(org, draft) // { id: org.id, version: org.version, name, … }
 */
export function organisationUpdateOf(
  org: Organisation,
  draft: OrganisationDraft,
): OrganisationUpdate {
  return { id: org.id, version: org.version, ...organisationInputOf(draft) };
}

/**
 * The API's update that ends (or, with an empty date, reopens) a participation, based on the
 * version shown.
 *
 * @example participationEndOf(p, '2024-12-31') // { id: p.id, version: p.version, until: '2024-12-31' }
 */
export function participationEndOf(p: Participation, until: string): ParticipationUpdate {
  return { id: p.id, version: p.version, until: until || null };
}
