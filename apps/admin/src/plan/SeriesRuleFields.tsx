import { nthOfMonthLabels, weekdayLabels, type NthOfMonth } from '@jamsessie/domain';
import { useId } from 'react';
import { Field } from '../common/web-kit';
import { texts } from '../texts';
import { withTitle, type SeriesDraft } from './series-draft';

type Option = { id: string; label: string };

const nthOrder: NthOfMonth[] = [1, 2, 3, 4, -1];

/**
 * The fields of a series' rule: title and slug, action team, which weekday of the month,
 * time and duration, the alternating themes, and the period. Errors sit next to each field.
 */
export function SeriesRuleFields({
  draft,
  onChange,
  errors,
  themes,
  actionTeams,
}: {
  draft: SeriesDraft;
  onChange: (draft: SeriesDraft) => void;
  errors: Record<string, string>;
  themes: readonly Option[];
  actionTeams: readonly Option[];
}) {
  const id = useId();
  const set = (change: Partial<SeriesDraft>) => onChange({ ...draft, ...change });
  const rotationError = errors['themeRotation'];
  return (
    <>
      <Field id={`${id}-title`} label={texts.plan.fields.title} error={errors['title']}>
        <input
          type="text"
          value={draft.title}
          onChange={(e) => onChange(withTitle(draft, e.target.value))}
        />
      </Field>
      <Field
        id={`${id}-slug`}
        label={texts.plan.fields.slug}
        hint={texts.plan.fields.slugHint}
        error={errors['slug']}
      >
        <input
          type="text"
          value={draft.slug}
          onChange={(e) => set({ slug: e.target.value, slugTouched: true })}
        />
      </Field>
      <Field
        id={`${id}-description`}
        label={texts.plan.fields.description}
        optional
        error={errors['description']}
      >
        <textarea
          rows={4}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </Field>
      <Field id={`${id}-team`} label={texts.plan.fields.actionTeam} error={errors['actionTeamId']}>
        <select value={draft.actionTeamId} onChange={(e) => set({ actionTeamId: e.target.value })}>
          {actionTeams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>{texts.plan.ruleLegend}</legend>
        <div className="form__row">
          <Field id={`${id}-nth`} label={texts.plan.fields.nth} error={errors['recurrence.nth']}>
            <select
              value={String(draft.nth)}
              onChange={(e) => set({ nth: Number(e.target.value) as NthOfMonth })}
            >
              {nthOrder.map((n) => (
                <option key={n} value={String(n)}>
                  {nthOfMonthLabels[n]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`${id}-weekday`}
            label={texts.plan.fields.weekday}
            error={errors['recurrence.weekday']}
          >
            <select
              value={String(draft.weekday)}
              onChange={(e) => set({ weekday: Number(e.target.value) })}
            >
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <option key={d} value={String(d)}>
                  {weekdayLabels[d]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`${id}-start`}
            label={texts.plan.fields.startTime}
            error={errors['recurrence.startTime']}
          >
            <input
              type="time"
              value={draft.startTime}
              onChange={(e) => set({ startTime: e.target.value })}
            />
          </Field>
          <Field
            id={`${id}-duration`}
            label={texts.plan.fields.duration}
            error={errors['recurrence.durationMinutes']}
          >
            <input
              type="number"
              inputMode="numeric"
              min={15}
              max={480}
              step={5}
              value={draft.durationMinutes}
              onChange={(e) => set({ durationMinutes: e.target.value })}
            />
          </Field>
        </div>
      </fieldset>
      <fieldset aria-describedby={rotationError ? `${id}-rotation-error` : `${id}-rotation-hint`}>
        <legend>{texts.plan.fields.themes}</legend>
        <p className="field__hint" id={`${id}-rotation-hint`}>
          {texts.plan.fields.themesHint}
        </p>
        <div className="form__row">
          {themes.map((theme) => {
            const position = draft.themeRotation.indexOf(theme.id);
            return (
              <label key={theme.id} className="check">
                <input
                  type="checkbox"
                  checked={position >= 0}
                  onChange={(e) =>
                    set({
                      themeRotation: e.target.checked
                        ? [...draft.themeRotation, theme.id]
                        : draft.themeRotation.filter((t) => t !== theme.id),
                    })
                  }
                />
                <span>
                  {theme.label}
                  {position >= 0 ? (
                    <span className="muted small"> ({texts.plan.themePosition(position + 1)})</span>
                  ) : null}
                </span>
              </label>
            );
          })}
        </div>
        {rotationError ? (
          <p className="field__error" id={`${id}-rotation-error`}>
            {rotationError}
          </p>
        ) : null}
      </fieldset>
      <div className="form__row">
        <Field id={`${id}-first`} label={texts.plan.fields.firstDate} error={errors['firstDate']}>
          <input
            type="date"
            value={draft.firstDate}
            onChange={(e) => set({ firstDate: e.target.value })}
          />
        </Field>
        <Field
          id={`${id}-last`}
          label={texts.plan.fields.lastDate}
          hint={texts.plan.fields.lastDateHint}
          optional
          error={errors['lastDate']}
        >
          <input
            type="date"
            value={draft.lastDate}
            onChange={(e) => set({ lastDate: e.target.value })}
          />
        </Field>
      </div>
    </>
  );
}
