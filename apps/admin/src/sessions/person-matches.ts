/** A person the attendance form's type-ahead can offer. */
export type PersonChoice = {
  id: string;
  displayName: string;
  email: string | null;
  organisationId: string | null;
  organisationName: string | null;
  broughtDilemmaHere: boolean;
  attended: number;
};

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The people whose name or address holds what was typed (case and accents ignored), in the
 * list's own order (this session's dilemma owners first), those whose name starts with it
 * before the others; none for an empty query; at most `limit`; `exclude` (people picked in
 * other rows) left out.
 *
 * @example matchPeople(people, 'jose', new Set(), 8) // José Peters first, then 'Marjose …'
 */
export function matchPeople(
  people: readonly PersonChoice[],
  query: string,
  exclude: ReadonlySet<string>,
  limit: number,
): PersonChoice[] {
  const q = plain(query.trim());
  if (q === '') return [];
  const hits = people.filter(
    (p) =>
      !exclude.has(p.id) &&
      (plain(p.displayName).includes(q) || (p.email !== null && plain(p.email).includes(q))),
  );
  const starts = (p: PersonChoice) =>
    plain(p.displayName)
      .split(/\s+/)
      .some((word) => word.startsWith(q));
  return [...hits.filter(starts), ...hits.filter((p) => !starts(p))].slice(0, limit);
}
