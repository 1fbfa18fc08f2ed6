import { parseDutch, RecordParticipantsInput } from '@jamsessie/domain';

/** One row of the "Deelnemers vastleggen" form, as the inputs hold it. */
export type ParticipantRow = {
  displayName: string;
  email: string;
  /** '' for "no organisation". */
  organisationId: string;
  /** The person's own choice; never on unless they said so. */
  sharesContact: boolean;
};

/** The fields of a row that can carry a message. */
export type ParticipantField = keyof ParticipantRow;

/** Messages per row (by the row's place in the form) and the ones that belong to no row. */
export type ParticipantErrors = {
  rows: Record<number, Partial<Record<ParticipantField, string>>>;
  rest: string[];
};

/** A new, empty row: nobody shares their address unless the box is ticked for them. */
export function emptyParticipantRow(): ParticipantRow {
  return { displayName: '', email: '', organisationId: '', sharesContact: false };
}

function isBlank(row: ParticipantRow): boolean {
  return row.displayName.trim() === '' && row.email.trim() === '' && row.organisationId === '';
}

/**
 * The rows as the API's input: empty rows are left out (the form always offers one more),
 * empty texts become "not given". `rowOf[i]` is the form row of participant `i`, so the
 * server's messages ('participants.1.email') land at the right row.
 *
 * @example participantsOf([{ displayName: ' Fenna ', email: '', organisationId: '', sharesContact: true }])
 * // { participants: [{ displayName: 'Fenna', email: null, organisationId: null, sharesContact: true }], rowOf: [0] }
 */
export function participantsOf(rows: readonly ParticipantRow[]) {
  const participants: {
    displayName?: string;
    email: string | null;
    organisationId: string | null;
    sharesContact: boolean;
  }[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const name = row.displayName.trim();
    participants.push({
      ...(name ? { displayName: name } : {}),
      email: row.email.trim() || null,
      organisationId: row.organisationId || null,
      sharesContact: row.sharesContact,
    });
    rowOf.push(index);
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
