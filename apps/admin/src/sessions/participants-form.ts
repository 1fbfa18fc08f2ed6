import { organisationForEmail, parseDutch, RecordParticipantsInput } from '@jamsessie/domain';

/** One row of the "Deelnemers vastleggen" form, as the inputs hold it. */
export type ParticipantRow = {
  /** A person picked from the list ('' for someone typed in): sent as is, by id only. */
  personId: string;
  displayName: string;
  email: string;
  /** '' for "no organisation". */
  organisationId: string;
  /**
   * Whether the coordinator chose the organisation; until then it follows the e-mail address
   * (see {@link withEmail}).
   */
  organisationChosen: boolean;
  /** The person's own choice; never on unless they said so. */
  sharesContact: boolean;
};

/** The fields of a row that can carry a message. */
export type ParticipantField = 'displayName' | 'email' | 'organisationId' | 'sharesContact';

/** Messages per row (by the row's place in the form) and the ones that belong to no row. */
export type ParticipantErrors = {
  rows: Record<number, Partial<Record<ParticipantField, string>>>;
  rest: string[];
};

/** A new, empty row: nobody shares their address unless the box is ticked for them. */
export function emptyParticipantRow(): ParticipantRow {
  return {
    personId: '',
    displayName: '',
    email: '',
    organisationId: '',
    organisationChosen: false,
    sharesContact: false,
  };
}

function isBlank(row: ParticipantRow): boolean {
  return (
    row.personId === '' &&
    row.displayName.trim() === '' &&
    row.email.trim() === '' &&
    row.organisationId === ''
  );
}

/**
 * A row after its address was typed: until the coordinator chose an organisation, it is the
 * one the address's domain belongs to (the domain's `organisationForEmail`, the same rule the
 * server applies to a new person), or none.
 *
 * @example withEmail(row, 'fenna@dewilgen.example', orgs).organisationId // De Wilgen's id
 */
export function withEmail(
  row: ParticipantRow,
  email: string,
  organisations: readonly { id: string; emailDomains: readonly string[] }[],
): ParticipantRow {
  if (row.organisationChosen) return { ...row, email };
  return { ...row, email, organisationId: organisationForEmail(email, organisations)?.id ?? '' };
}

/** Whether the row's organisation is the guess from its address (to say so beside it). */
export function organisationGuessed(row: ParticipantRow): boolean {
  return row.personId === '' && !row.organisationChosen && row.organisationId !== '';
}

/**
 * A row filled from a person picked in the list: their known name, address and organisation,
 * sent by id (the server keeps the person's record as it is).
 */
export function pickedRow(
  row: ParticipantRow,
  person: { id: string; displayName: string; email: string | null; organisationId: string | null },
): ParticipantRow {
  return {
    ...row,
    personId: person.id,
    displayName: person.displayName,
    email: person.email ?? '',
    organisationId: person.organisationId ?? '',
    organisationChosen: true,
  };
}

/**
 * The rows as the API's input: empty rows are left out (the form always offers one more),
 * a picked person goes by id only, empty texts become "not given". `rowOf[i]` is the form row of participant `i`, so the
 * server's messages ('participants.1.email') land at the right row.
 *
 * @example participantsOf([{ ...emptyParticipantRow(), displayName: ' Fenna ', sharesContact: true }])
 * // { participants: [{ displayName: 'Fenna', email: null, organisationId: null, sharesContact: true }], rowOf: [0] }
 */
export function participantsOf(rows: readonly ParticipantRow[]) {
  const participants: {
    personId?: string;
    displayName?: string;
    email?: string | null;
    organisationId?: string | null;
    sharesContact: boolean;
  }[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    rowOf.push(index);
    if (row.personId !== '') {
      participants.push({ personId: row.personId, sharesContact: row.sharesContact });
      return;
    }
    const name = row.displayName.trim();
    participants.push({
      ...(name ? { displayName: name } : {}),
      email: row.email.trim() || null,
      organisationId: row.organisationId || null,
      sharesContact: row.sharesContact,
    });
  });
  return { participants, rowOf };
}

const rowFields: readonly ParticipantField[] = [
  'displayName',
  'email',
  'organisationId',
  'sharesContact',
];

/**
 * Sorts messages by dotted path ('participants.2.email', from the domain schema here or from
 * the API) over the form's rows; the others (a session that did not take place, "at least
 * one participant") go to the summary.
 *
 * @example participantErrors({ 'participants.0.email': 'Vul een geldig e-mailadres in.' }, [1])
 * // { rows: { 1: { email: 'Vul een geldig e-mailadres in.' } }, rest: [] }
 */
export function participantErrors(
  fieldErrors: Record<string, string>,
  rowOf: readonly number[],
): ParticipantErrors {
  const result: ParticipantErrors = { rows: {}, rest: [] };
  for (const [path, message] of Object.entries(fieldErrors)) {
    const match = /^participants\.(\d+)\.(\w+)/.exec(path);
    const row = match ? rowOf[Number(match[1])] : undefined;
    const field = rowFields.find((f) => f === match?.[2]);
    if (row === undefined || field === undefined) {
      result.rest.push(message);
      continue;
    }
    (result.rows[row] ??= {})[field] ??= message;
  }
  return result;
}

/**
 * Checks the rows with the domain's own schema before sending: the input to send, or the
 * messages per row (the same Dutch texts the server would give).
 *
 * @example checkParticipants(sessionId, rows) // { ok: true, input: { sessionId, participants } }
 */
export function checkParticipants(
  sessionId: string,
  rows: readonly ParticipantRow[],
): { ok: true; input: RecordParticipantsInput } | { ok: false; errors: ParticipantErrors } {
  const { participants, rowOf } = participantsOf(rows);
  const parsed = parseDutch(RecordParticipantsInput, { sessionId, participants });
  if (parsed.ok) return { ok: true, input: parsed.value };
  const fields = parsed.error.details?.['fields'];
  const messages = fields && typeof fields === 'object' ? (fields as Record<string, string>) : {};
  const errors = participantErrors(messages, rowOf);
  if (Object.keys(errors.rows).length === 0 && errors.rest.length === 0) {
    errors.rest.push(parsed.error.message);
  }
  return { ok: false, errors };
}
