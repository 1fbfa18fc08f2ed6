import {
  toInstant,
  toLocalParts,
  type ProgrammeItem,
  type ProgrammeItemInput,
  type ProgrammeItemKind,
  type ProgrammeRoleKind,
} from '@jamsessie/domain';

/** A programme item as the form holds it: times on the day's date, roles as rows. */
export type ItemDraft = {
  kind: ProgrammeItemKind;
  title: string;
  description: string;
  startTime: string;
  endTime: string;
  online: boolean;
  location: string;
  organisationId: string;
  roles: { personName: string; role: ProgrammeRoleKind; organisationId: string }[];
};

/**
 * A new item (an inspiration session, 10.00–11.00) or an existing one, for the form.
 *
 * @example itemDraftOf(null).startTime // '10:00'
 */
export function itemDraftOf(item: ProgrammeItem | null): ItemDraft {
  if (!item) {
    return {
      kind: 'inspiration_session',
      title: '',
      description: '',
      startTime: '10:00',
      endTime: '11:00',
      online: true,
      location: '',
      organisationId: '',
      roles: [],
    };
  }
  return {
    kind: item.kind,
    title: item.title,
    description: item.description,
    startTime: toLocalParts(item.startsAt).time,
    endTime: toLocalParts(item.endsAt).time,
    online: item.online,
    location: item.location ?? '',
    organisationId: item.organisationId ?? '',
    roles: item.roles.map((r) => ({
      personName: r.personName,
      role: r.role,
      organisationId: r.organisationId ?? '',
    })),
  };
}

const time = (v: string) => (/^\d{2}:\d{2}$/.test(v) ? v : '00:00');

/**
 * The API's input for a new item on a day (times in Amsterdam time on the day's date). A
 * programme at an organisation's own location starts as a proposal; the rest is accepted.
 *
 * @example itemInputOf(draft, { id, date: '2022-11-07' }).startsAt // '2022-11-07T09:00:00.000Z'
 */
export function itemInputOf(
  draft: ItemDraft,
  day: { id: string; date: string },
): ProgrammeItemInput {
  return {
    dayId: day.id,
    kind: draft.kind,
    title: draft.title,
    description: draft.description,
    startsAt: toInstant(day.date, time(draft.startTime)),
    endsAt: toInstant(day.date, time(draft.endTime)),
    online: draft.online,
    location: draft.location.trim() || null,
    organisationId: draft.organisationId || null,
    proposalStatus: draft.kind === 'local_programme' ? 'proposed' : 'accepted',
    roles: draft.roles
      .filter((r) => r.personName.trim() !== '')
      .map((r) => ({
        personName: r.personName.trim(),
        role: r.role,
        organisationId: r.organisationId || null,
      })),
  };
}
