import { toInstant, toLocalParts, type Session, type SessionUpdate } from '@jamsessie/domain';

/** The editable fields of a session as the form holds them (Amsterdam date and times). */
export type SessionDraft = {
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  online: boolean;
  location: string;
  themeIds: string[];
};

/**
 * The form's starting point: the session's instants shown as Amsterdam wall-clock date and
 * times (the end on the same day: sessions here never cross midnight).
 *
 * @example sessionDraftOf(session).startTime // '13:00'
 */
export function sessionDraftOf(session: Session): SessionDraft {
  const start = toLocalParts(session.startsAt);
  const end = toLocalParts(session.endsAt);
  return {
    title: session.title,
    description: session.description,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    online: session.online,
    location: session.location ?? '',
    themeIds: [...session.themeIds],
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Only what changed, with the id and the version the form loaded: the server refuses the edit
 * when someone saved in between, instead of overwriting silently. New times are converted
 * from Amsterdam wall-clock time to instants.
 *
 * @example sessionChanges(session, { ...draft, title: 'Nieuw' }) // { id, version, title: 'Nieuw' }
 */
export function sessionChanges(session: Session, draft: SessionDraft): SessionUpdate {
  const before = sessionDraftOf(session);
  const update: SessionUpdate = { id: session.id, version: session.version };
  if (draft.title !== before.title) update.title = draft.title;
  if (draft.description !== before.description) update.description = draft.description;
  if (draft.online !== before.online) update.online = draft.online;
  if (draft.location !== before.location) update.location = draft.location.trim() || null;
  if (!sameSet(draft.themeIds, before.themeIds)) update.themeIds = draft.themeIds;
  const timesChanged =
    draft.date !== before.date ||
    draft.startTime !== before.startTime ||
    draft.endTime !== before.endTime;
  if (timesChanged && isDate(draft.date) && isTime(draft.startTime) && isTime(draft.endTime)) {
    update.startsAt = toInstant(draft.date, draft.startTime);
    update.endsAt = toInstant(draft.date, draft.endTime);
  }
  return update;
}

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isTime = (v: string) => /^\d{2}:\d{2}$/.test(v);

/**
 * Field problems the browser can see before sending: a missing date or time.
 *
 * @example checkSessionDraft({ ...draft, date: '' }, messages) // { date: 'Kies een datum.' }
 */
export function checkSessionDraft(
  draft: SessionDraft,
  messages: { date: string; time: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isDate(draft.date)) errors['date'] = messages.date;
  if (!isTime(draft.startTime)) errors['startTime'] = messages.time;
  if (!isTime(draft.endTime)) errors['endTime'] = messages.time;
  return errors;
}
