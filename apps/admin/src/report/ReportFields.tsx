import { consentLevelLabels, type ConsentLevel, type Report } from '@jamsessie/domain';
import { useId } from 'react';
import { Field } from '../common/web-kit';
import { newId } from '../live/new-id';
import { texts } from '../texts';
import { QuoteConsent } from './QuoteConsent';
import type { ReportDraft, SectionDraft } from './report-form';

type Option = { id: string; label: string };

const consentOrder: ConsentLevel[] = ['private', 'shareable_anonymised', 'quotable'];

function TagChoice({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: Option[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="tag-choice">
        {options.map((o) => (
          <label key={o.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(o.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id))
              }
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** All fields of the report form: general part, tags, a fieldset per section, reactions. */
export function ReportFields({
  report,
  draft,
  onChange,
  errors,
  people,
  themes,
  keywords,
  quoteConsent,
  recording,
  onRecordConsent,
}: {
  report: Report;
  draft: ReportDraft;
  onChange: (draft: ReportDraft) => void;
  errors: Record<string, string>;
  people: Option[];
  themes: Option[];
  keywords: Option[];
  quoteConsent: (
    dilemmaId: string,
    authorId: string | null,
    copy: ConsentLevel,
    text: string,
  ) => ConsentLevel;
  recording: boolean;
  onRecordConsent: (dilemmaId: string, personId: string) => void;
}) {
  const id = useId();
  const set = (change: Partial<ReportDraft>) => onChange({ ...draft, ...change });
  const setSection = (index: number, change: Partial<SectionDraft>) =>
    set({ sections: draft.sections.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  return (
    <>
      <Field id={`${id}-title`} label={texts.report.fields.title} error={errors['title']}>
        <input type="text" value={draft.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <Field id={`${id}-slug`} label={texts.report.fields.slug} error={errors['slug']}>
        <input type="text" value={draft.slug} onChange={(e) => set({ slug: e.target.value })} />
      </Field>
      <Field
        id={`${id}-intro`}
        label={texts.report.fields.intro}
        hint={texts.report.fields.introHint}
        optional
        error={errors['intro']}
      >
        <textarea rows={4} value={draft.intro} onChange={(e) => set({ intro: e.target.value })} />
      </Field>
      <TagChoice
        legend={texts.report.fields.themes}
        options={themes}
        chosen={draft.themeIds}
        onChange={(themeIds) => set({ themeIds })}
      />
      <TagChoice
        legend={texts.report.fields.keywords}
        options={keywords}
        chosen={draft.keywordIds}
        onChange={(keywordIds) => set({ keywordIds })}
      />
      {draft.sections.map((section, i) => {
        const stored = report.sections.find((s) => s.dilemmaId === section.dilemmaId);
        const storedQuote = stored?.quote ?? null;
        const unchanged =
          storedQuote !== null &&
          storedQuote.text === section.quoteText.trim() &&
          (storedQuote.authorId ?? '') === section.quoteAuthorId;
        const consent = storedQuote
          ? quoteConsent(
              section.dilemmaId,
              storedQuote.authorId,
              storedQuote.consent,
              storedQuote.text,
            )
          : 'private';
        const p = `${id}-s${i}`;
        return (
          <fieldset key={section.dilemmaId} className="report-section">
            <legend>
              {texts.report.section(i + 1)}: {section.heading}
            </legend>
            <Field
              id={`${p}-heading`}
              label={texts.report.fields.heading}
              error={errors[`sections.${i}.heading`]}
            >
              <input
                type="text"
                value={section.heading}
                onChange={(e) => setSection(i, { heading: e.target.value })}
              />
            </Field>
            {section.dilemmaText !== null ? (
              <Field
                id={`${p}-dilemma`}
                label={texts.report.fields.dilemmaText}
                hint={texts.report.fields.dilemmaTextHint}
                optional
                error={errors[`sections.${i}.dilemmaText`]}
              >
                <textarea
                  rows={3}
                  value={section.dilemmaText}
                  onChange={(e) => setSection(i, { dilemmaText: e.target.value })}
                />
              </Field>
            ) : null}
            <Field id={`${p}-summary`} label={texts.report.fields.summary} optional>
              <textarea
                rows={3}
                value={section.summary}
                onChange={(e) => setSection(i, { summary: e.target.value })}
              />
            </Field>
            <div className="form__row">
              <Field
                id={`${p}-tips`}
                label={texts.report.fields.sectionTips}
                hint={texts.report.fields.linesHint}
                optional
              >
                <textarea
                  rows={4}
                  value={section.tips}
                  onChange={(e) => setSection(i, { tips: e.target.value })}
                />
              </Field>
              <Field
                id={`${p}-takeaways`}
                label={texts.report.fields.takeAways}
                hint={texts.report.fields.linesHint}
                optional
              >
                <textarea
                  rows={4}
                  value={section.takeAways}
                  onChange={(e) => setSection(i, { takeAways: e.target.value })}
                />
              </Field>
            </div>
            <div className="form__row">
              <Field
                id={`${p}-quote`}
                label={texts.report.fields.quote}
                hint={texts.report.fields.quoteHint}
                optional
              >
                <textarea
                  rows={2}
                  value={section.quoteText}
                  onChange={(e) => setSection(i, { quoteText: e.target.value })}
                />
              </Field>
              <Field id={`${p}-author`} label={texts.report.fields.quoteAuthor}>
                <select
                  value={section.quoteAuthorId}
                  onChange={(e) => setSection(i, { quoteAuthorId: e.target.value })}
                >
                  <option value="">{texts.report.fields.quoteAuthorNone}</option>
                  {people.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.label}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            {storedQuote || section.quoteText.trim() ? (
              <QuoteConsent
                id={`${p}-consent`}
                current={unchanged ? consent : 'private'}
                canRecord={unchanged && storedQuote?.authorId != null}
                reason={
                  !unchanged
                    ? texts.report.consentUnsaved
                    : storedQuote?.authorId == null
                      ? texts.report.consentNoAuthor
                      : null
                }
                busy={recording}
                onRecord={() => {
                  if (storedQuote?.authorId)
                    onRecordConsent(section.dilemmaId, storedQuote.authorId);
                }}
              />
            ) : null}
          </fieldset>
        );
      })}
      <Field
        id={`${id}-tips`}
        label={texts.report.fields.tips}
        hint={texts.report.fields.linesHint}
        optional
        error={errors['tips']}
      >
        <textarea rows={3} value={draft.tips} onChange={(e) => set({ tips: e.target.value })} />
      </Field>
      <fieldset>
        <legend>{texts.report.fields.reactions}</legend>
        {draft.reactions.map((reaction, i) => (
          <div key={reaction.id} className="reaction-row">
            <Field id={`${id}-r${i}-text`} label={texts.report.reaction(i + 1)}>
              <textarea
                rows={2}
                value={reaction.text}
                onChange={(e) =>
                  set({
                    reactions: draft.reactions.map((r, j) =>
                      j === i ? { ...r, text: e.target.value } : r,
                    ),
                  })
                }
              />
            </Field>
            <Field id={`${id}-r${i}-consent`} label={texts.report.fields.reactionConsent}>
              <select
                value={reaction.consent}
                onChange={(e) =>
                  set({
                    reactions: draft.reactions.map((r, j) =>
                      j === i ? { ...r, consent: e.target.value as ConsentLevel } : r,
                    ),
                  })
                }
              >
                {consentOrder.map((level) => (
                  <option key={level} value={level}>
                    {consentLevelLabels[level]}
                  </option>
                ))}
              </select>
            </Field>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => set({ reactions: draft.reactions.filter((_, j) => j !== i) })}
            >
              {texts.report.removeReaction(i + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            set({ reactions: [...draft.reactions, { id: newId(), text: '', consent: 'private' }] })
          }
        >
          {texts.report.addReaction}
        </button>
      </fieldset>
    </>
  );
}
