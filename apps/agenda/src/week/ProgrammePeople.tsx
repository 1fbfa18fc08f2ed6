import type { ProgrammePerson } from './week-programme';

/**
 * The people of one role as a list, each name with the organisation they come from
 * ("Gast Gerda, HVO-Querido"), the organisation set off so a long guest list stays readable.
 */
export function ProgrammePeople({ people }: { people: readonly ProgrammePerson[] }) {
  return (
    <ul className="people">
      {people.map((person, index) => (
        <li key={`${index}-${person.name}`}>
          <span className="people__name">{person.name}</span>
          {person.organisation ? (
            <span className="people__organisation">, {person.organisation}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
