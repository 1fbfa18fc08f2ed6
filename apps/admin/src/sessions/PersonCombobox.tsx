import { useState, type KeyboardEvent } from 'react';
import { texts } from '../texts';
import { matchPeople, type PersonChoice } from './person-matches';

const t = texts.contacts;
/** How many people the list shows at once: enough to choose, short enough to scan. */
const SHOWN = 8;

/**
 * The name field of an attendance row as a type-ahead, after the ARIA combobox pattern (a
 * text field with a listbox popup): typing offers matching people, the arrow keys move
 * through them (`aria-activedescendant`), Enter or a click picks one, Escape closes the list.
 * Typing a name nobody has keeps the text: a new person. `Field` passes the id and the
 * described-by of its hint and error, which land on the text field.
 */
export function PersonCombobox({
  id,
  value,
  people,
  exclude,
  onType,
  onPick,
  ...aria
}: {
  id?: string;
  value: string;
  people: readonly PersonChoice[];
  exclude: ReadonlySet<string>;
  onType: (text: string) => void;
  onPick: (person: PersonChoice) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const statusId = `${id}-count`;
  const matches = open ? matchPeople(people, value, exclude, SHOWN) : [];
  const shown = open && value.trim() !== '';
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (person: PersonChoice) => {
    onPick(person);
    setOpen(false);
    setActive(-1);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const count = matchPeople(people, value, exclude, SHOWN).length;
      if (count > 0) setActive((i) => (i + step + count) % count);
    } else if (event.key === 'Enter' && open && matches[active]) {
      event.preventDefault();
      pick(matches[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown && matches[active] ? optionId(active) : undefined}
        aria-describedby={aria['aria-describedby']}
        aria-invalid={aria['aria-invalid']}
        value={value}
        onChange={(e) => {
          onType(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t.listLabel}
        className="combobox__list"
        hidden={!shown || matches.length === 0}
      >
        {matches.map((person, i) => (
          <li
            key={person.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="combobox__option"
            // mousedown, not click: the field's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(person);
            }}
          >
            {person.displayName}
            <small>
              {[
                person.organisationName,
                person.broughtDilemmaHere ? t.broughtDilemma : t.attendedBefore(person.attended),
              ]
                .filter(Boolean)
                .join(' · ')}
            </small>
          </li>
        ))}
      </ul>
      <p id={statusId} className="visually-hidden" role="status" aria-live="polite">
        {shown ? t.matches(matches.length) : ''}
      </p>
    </div>
  );
}
