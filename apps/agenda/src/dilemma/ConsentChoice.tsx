import { ConsentLevel, consentLevelLabels } from '@jamsessie/domain';
import { texts } from '../texts';

/** Props of {@link ConsentChoice}. */
export type ConsentChoiceProps = {
  idPrefix: string;
  value: ConsentLevel;
  onChange: (value: ConsentLevel) => void;
  error?: string | undefined;
};

function capitalise(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The plain consent choice of the dilemma form: the domain's three levels with their Dutch
 * labels and a sentence each on what happens to the question. Private comes first and is
 * the default.
 */
export function ConsentChoice({ idPrefix, value, onChange, error }: ConsentChoiceProps) {
  const helpId = `${idPrefix}-help`;
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset
      className={`choice${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${helpId} ${errorId}` : helpId}
    >
      <legend className="field__label">{texts.dilemma.consentLegend}</legend>
      <p className="field__hint" id={helpId}>
        {texts.dilemma.consentHelp}
      </p>
      {ConsentLevel.options.map((level) => {
        const id = `${idPrefix}-${level}`;
        return (
          <div className="choice__option" key={level}>
            <input
              type="radio"
              id={id}
              name={`${idPrefix}-consent`}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              aria-describedby={`${id}-text`}
            />
            <label htmlFor={id}>
              <span className="choice__label">{capitalise(consentLevelLabels[level])}</span>
              <span className="choice__text" id={`${id}-text`}>
                {texts.dilemma.consent[level]}
              </span>
            </label>
          </div>
        );
      })}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
