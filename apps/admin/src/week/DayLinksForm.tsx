import type { WeekDay, WeekDayLinks } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { formProblem } from '../api/form-problem';
import { Field, FormErrorSummary } from '../common/web-kit';
import { texts } from '../texts';

/**
 * The recording and the extended report of a day. It sends the links with the version of the
 * day it shows; a stale save comes back as a conflict with a button that loads the newest
 * version (key the form by the day's version so the fields follow).
 */
export function DayLinksForm({
  day,
  busy,
  error,
  onSave,
  onReload,
}: {
  day: WeekDay;
  busy: boolean;
  error: unknown;
  onSave: (links: WeekDayLinks) => void;
  onReload: () => void;
}) {
  const id = useId();
  const [recording, setRecording] = useState(day.recordingUrl ?? '');
  const [report, setReport] = useState(day.reportUrl ?? '');
  const problem = formProblem(error, ['recordingUrl', 'reportUrl']);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({
      id: day.id,
      version: day.version,
      recordingUrl: recording.trim() || null,
      reportUrl: report.trim() || null,
    });
  }
  return (
    <form className="form day-links" noValidate onSubmit={submit}>
      <h3>{texts.week.links}</h3>
      <div className="form__row">
        <Field
          id={`${id}-rec`}
          label={texts.week.recordingUrl}
          optional
          error={problem.fields['recordingUrl']}
        >
          <input type="url" value={recording} onChange={(e) => setRecording(e.target.value)} />
        </Field>
        <Field
          id={`${id}-rep`}
          label={texts.week.reportUrl}
          optional
          error={problem.fields['reportUrl']}
        >
          <input type="url" value={report} onChange={(e) => setReport(e.target.value)} />
        </Field>
      </div>
      <FormErrorSummary
        messages={error && Object.keys(problem.fields).length === 0 ? problem.summary : []}
        onReload={problem.conflict ? onReload : undefined}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {texts.week.saveLinks}
      </button>
    </form>
  );
}
