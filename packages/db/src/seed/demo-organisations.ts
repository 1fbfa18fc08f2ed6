import type { ActionTeam, Movement, Organisation, Participation } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';

/** The id of a demo movement by its slug (`zorg`, `langdurige-ggz`, `zorgonderwijs`, `jeugdzorg`). */
export const movementId = (slug: string): string => demoId(`movement:${slug}`);
/** The id of a demo organisation by its slug. */
export const organisationId = (slug: string): string => demoId(`organisation:${slug}`);

/**
 * The four renewal movements of the source texts. Only the care movement's start year is
 * stated ("26 organisations, five years active" in 2021; since about 2016); youth care was
 * announced to start in 2022. The others are left without a year rather than guessed.
 */
export function demoMovements(): Movement[] {
  return [
    {
      id: movementId('zorg'),
      slug: 'zorg',
      name: 'Radicale vernieuwing zorg',
      shortName: 'RV zorg',
      description:
        'Van regels naar relaties. Zorgorganisaties in verpleeghuizen en thuis zoeken kleinschalig, ' +
        'met mensen zelf en wie belangrijk voor hen zijn, naar oplossingen die ertoe doen. Op ' +
        'initiatief van LOC Waardevolle zorg.',
      startedYear: 2016,
      version: 1,
    },
    {
      id: movementId('langdurige-ggz'),
      slug: 'langdurige-ggz',
      name: 'Radicale vernieuwing langdurige ggz',
      shortName: 'RV langdurige ggz',
      description:
        "Van diagnoses naar relaties: niet kijken naar wat mensen hebben, maar naar wie ze zijn, wat ze kunnen en wat ze willen. Wijkgericht werken, 'housing first', respijt en ervaringsdeskundigheid helpen daarbij.",
      version: 1,
    },
    {
      id: movementId('zorgonderwijs'),
      slug: 'zorgonderwijs',
      name: 'Radicale vernieuwing zorgonderwijs',
      shortName: 'RV zorgonderwijs',
      description:
        'Opleiden met relaties als uitgangspunt: persoonsgericht onderwijs in de praktijk, met ruimte ' +
        'voor empathie en voor wat mensen op fysiek, emotioneel, mentaal en spiritueel niveau nodig hebben.',
      version: 1,
    },
    {
      id: movementId('jeugdzorg'),
      slug: 'jeugdzorg',
      name: 'Radicale vernieuwing jeugdzorg',
      shortName: 'RV jeugdzorg',
      description:
        'De droom: kinderen mogen opgroeien op een veilige en fijne manier, en hebben zo min mogelijk zorg nodig.',
      startedYear: 2022,
      version: 1,
    },
  ];
}

type OrganisationSeed = Omit<Organisation, 'id' | 'version'>;

/** The organisations named in the source texts. Real organisations get no e-mail domains. */
const namedOrganisations: OrganisationSeed[] = [
  {
    slug: 'loc-waardevolle-zorg',
    name: 'LOC Waardevolle zorg',
    kind: 'foundation',
    website: 'https://www.loc.nl',
    emailDomains: [],
    city: 'Utrecht',
  },
  { slug: 'hvo-querido', name: 'HVO-Querido', kind: 'care_organisation', emailDomains: [] },
  {
    slug: 'ggz-noord-holland-noord',
    name: 'GGZ Noord-Holland-Noord',
    kind: 'care_organisation',
    emailDomains: [],
  },
  {
    slug: 'mentrum',
    name: 'Mentrum (onderdeel van Arkin)',
    kind: 'care_organisation',
    emailDomains: [],
  },
  { slug: 'kwintes', name: 'Kwintes', kind: 'care_organisation', emailDomains: [] },
  { slug: 'cz-zorgkantoor', name: 'CZ zorgkantoor', kind: 'financier', emailDomains: [] },
  {
    slug: 'ministerie-van-vws',
    name: 'Ministerie van Volksgezondheid, Welzijn en Sport (VWS)',
    kind: 'ministry',
    emailDomains: [],
    city: 'Den Haag',
  },
  {
    slug: 'nza',
    name: 'Nederlandse Zorgautoriteit (NZa)',
    kind: 'regulator',
    emailDomains: [],
  },
  {
    slug: 'inspectie-gezondheidszorg-en-jeugd',
    name: 'Inspectie Gezondheidszorg en Jeugd',
    kind: 'inspection',
    emailDomains: [],
  },
  { slug: 'venvn', name: 'V&VN', kind: 'professional_association', emailDomains: [] },
  {
    slug: 'jeugdhulp-voldoende-beschermd',
    name: 'Stichting Jeugdhulp Voldoende Beschermd',
    kind: 'foundation',
    emailDomains: [],
  },
  {
    slug: 'professional-vanuit-je-hart',
    name: 'Professional vanuit je hart',
    kind: 'company',
    emailDomains: [],
  },
  {
    slug: 'roger-that-inspiratielab',
    name: 'Roger that Inspiratielab',
    kind: 'company',
    emailDomains: [],
  },
];

/**
 * Clearly fictional participants, so "de deelnemers" and the meeting-link eligibility can be
 * shown without touching real organisations: their e-mail domains end in `.example`.
 */
const fictionalOrganisations: OrganisationSeed[] = [
  {
    slug: 'zorggroep-de-linde-demo',
    name: 'Zorggroep De Linde (demo)',
    kind: 'care_organisation',
    emailDomains: ['delinde.example'],
    city: 'Amersfoort',
  },
  {
    slug: 'woonzorg-het-baken-demo',
    name: 'Woonzorg Het Baken (demo)',
    kind: 'care_organisation',
    emailDomains: ['hetbaken.example'],
    city: 'Zwolle',
  },
  {
    slug: 'thuiszorg-de-brug-demo',
    name: 'Thuiszorg De Brug (demo)',
    kind: 'care_organisation',
    emailDomains: ['debrug.example'],
    city: 'Tilburg',
  },
  {
    slug: 'zorgcentrum-de-wilgen-demo',
    name: 'Zorgcentrum De Wilgen (demo)',
    kind: 'care_organisation',
    emailDomains: ['dewilgen.example', 'wilgen-thuis.example'],
    city: 'Deventer',
  },
  {
    slug: 'leerhuis-zorg-en-welzijn-demo',
    name: 'Leerhuis Zorg & Welzijn (demo)',
    kind: 'care_organisation',
    emailDomains: ['leerhuis.example'],
    city: 'Utrecht',
  },
  {
    slug: 'jeugdhulp-de-vlieger-demo',
    name: 'Jeugdhulp De Vlieger (demo)',
    kind: 'care_organisation',
    emailDomains: ['devlieger.example'],
    city: 'Leeuwarden',
  },
  {
    slug: 'clientenraad-de-linde-demo',
    name: 'Cliëntenraad Zorggroep De Linde (demo)',
    kind: 'loc_member',
    emailDomains: ['clientenraad-delinde.example'],
    city: 'Amersfoort',
  },
];

/** Every demo organisation: the ones the texts name, then the fictional participants. */
export function demoOrganisations(): Organisation[] {
  return [...namedOrganisations, ...fictionalOrganisations].map((organisation) => ({
    id: organisationId(organisation.slug),
    ...organisation,
    version: 1,
  }));
}

/** [organisation slug, movement slug, from, until] */
const participationRows: [string, string, string, string | null][] = [
  ['zorggroep-de-linde-demo', 'zorg', '2016-09-01', null],
  ['woonzorg-het-baken-demo', 'zorg', '2016-09-01', null],
  ['zorgcentrum-de-wilgen-demo', 'zorg', '2018-01-01', null],
  // A participation that ended: the public list shows only current participants.
  ['thuiszorg-de-brug-demo', 'zorg', '2017-03-01', '2022-12-31'],
  ['hvo-querido', 'langdurige-ggz', '2021-01-01', null],
  ['ggz-noord-holland-noord', 'langdurige-ggz', '2021-01-01', null],
  ['mentrum', 'langdurige-ggz', '2021-01-01', null],
  ['kwintes', 'langdurige-ggz', '2021-01-01', null],
  ['leerhuis-zorg-en-welzijn-demo', 'zorgonderwijs', '2019-09-01', null],
  ['zorggroep-de-linde-demo', 'zorgonderwijs', '2020-09-01', null],
  ['jeugdhulp-de-vlieger-demo', 'jeugdzorg', '2022-01-01', null],
];

/** Which organisation takes part in which movement, and since when (and until when). */
export function demoParticipations(): Participation[] {
  return participationRows.map(([organisation, movement, from, until]) => ({
    id: demoId(`participation:${organisation}:${movement}`),
    organisationId: organisationId(organisation),
    movementId: movementId(movement),
    from,
    until,
    version: 1,
  }));
}

/** The id of the VVLG action team, owner of the 2025 jam-session series. */
export const VVLG_ACTION_TEAM_ID = demoId('action-team:vvlg');

/** The action team of the source text. */
export function demoActionTeams(): ActionTeam[] {
  return [
    {
      id: VVLG_ACTION_TEAM_ID,
      slug: 'vvlg',
      name: 'Vrijheid en veiligheid voor het levensgeluk van cliënten',
      shortName: 'VVLG',
      movementId: movementId('zorg'),
      version: 1,
    },
  ];
}
