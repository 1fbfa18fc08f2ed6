import type { Person } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';
import { organisationId } from './demo-organisations.js';

/** The id of a demo person by their key (their invented first name, lowercased). */
export const personId = (key: string): string => demoId(`person:${key}`);

/** [key, invented display name, e-mail or null, organisation slug or null, LOC member] */
const rows: [string, string, string | null, string | null, boolean][] = [
  ['marloes', 'Marloes Vermeer', null, 'loc-waardevolle-zorg', false],
  ['sanne', 'Sanne Willems', 'sanne.willems@delinde.example', 'zorggroep-de-linde-demo', false],
  ['jeroen', 'Jeroen Peters', 'jeroen.peters@hetbaken.example', 'woonzorg-het-baken-demo', false],
  ['ilse', 'Ilse Hermans', 'ilse.hermans@dewilgen.example', 'zorgcentrum-de-wilgen-demo', false],
  ['wendy', 'Wendy Maas', 'wendy.maas@delinde.example', 'zorggroep-de-linde-demo', false],
  [
    'kim',
    'Kim de Bruijn',
    'kim.debruijn@clientenraad-delinde.example',
    'clientenraad-de-linde-demo',
    true,
  ],
  ['daan', 'Daan Smits', 'daan.smits@hetbaken.example', 'woonzorg-het-baken-demo', false],
  ['noor', 'Noor Visser', 'noor.visser@dewilgen.example', 'zorgcentrum-de-wilgen-demo', false],
];

/**
 * The demo participants (all names invented, e-mail addresses on `.example` domains): the
 * facilitator, the owners of the 3 March dilemmas, the authors of the reactions and quote,
 * and the participant who brought a private dilemma for 7 April.
 */
export function demoPeople(): Person[] {
  return rows.map(([key, displayName, email, organisation, isLocMember]) => ({
    id: personId(key),
    displayName,
    email,
    organisationId: organisation ? organisationId(organisation) : null,
    isLocMember,
    version: 1,
  }));
}
