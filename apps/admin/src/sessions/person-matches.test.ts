import { describe, expect, it } from 'vitest';
import { matchPeople, type PersonChoice } from './person-matches';

const person = (id: string, displayName: string, email: string | null = null): PersonChoice => ({
  id,
  displayName,
  email,
  organisationId: null,
  organisationName: null,
  broughtDilemmaHere: false,
  attended: 1,
});

const people = [
  person('1', 'Marjosé Bakker', 'mb@zorg.example'),
  person('2', 'José Peters', 'jp@zorg.example'),
  person('3', 'Noor Visser', 'noor@dewilgen.example'),
];

describe('matchPeople', () => {
  it('finds by name, ignoring case and accents, a word that starts with the query first', () => {
    expect(matchPeople(people, 'JOSE', new Set(), 8).map((p) => p.id)).toEqual(['2', '1']);
  });
  it('finds by e-mail address too', () => {
    expect(matchPeople(people, 'dewilgen', new Set(), 8).map((p) => p.id)).toEqual(['3']);
  });
  it('offers nothing for an empty query, leaves out people picked elsewhere, and stops at the limit', () => {
    expect(matchPeople(people, '  ', new Set(), 8)).toEqual([]);
    expect(matchPeople(people, 'jose', new Set(['2']), 8).map((p) => p.id)).toEqual(['1']);
    expect(matchPeople(people, 'e', new Set(), 2)).toHaveLength(2);
  });
});
