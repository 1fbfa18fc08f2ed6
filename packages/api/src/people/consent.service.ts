import { randomUUID } from 'node:crypto';
import {
  appendConsent,
  findDilemmaById,
  findPersonById,
  findSessionById,
  reactionExists,
  type Executor,
} from '@jamsessie/db';
import {
  consentSubjectLabels,
  type ConsentRecord,
  type ConsentRecordInput,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { found, refuse } from '../shared/admin.helpers.js';

async function subjectExists(tx: Executor, input: ConsentRecordInput): Promise<boolean> {
  if (input.subjectId === null) return input.subject === 'contact_sharing';
  switch (input.subject) {
    case 'dilemma':
    case 'quote':
      return (await findDilemmaById(tx, input.subjectId)) !== undefined;
    case 'reaction':
      return reactionExists(tx, input.subjectId);
    case 'contact_sharing':
      return (await findSessionById(tx, input.subjectId)) !== undefined;
  }
}

/**
 * Records a consent given (or withdrawn) for a person, as a coordinator heard it: appended to
 * the history (never edited; the latest record counts), stamped with the server's clock and
 * the coordinator who recorded it, with an audit entry. Call it inside a transaction.
 *
 * @example await recordConsent(ctx, tx, { personId, subject: 'quote', subjectId: dilemmaId, level: 'quotable' })
 */
export async function recordConsent(
  ctx: Context,
  tx: Executor,
  input: ConsentRecordInput,
): Promise<ConsentRecord> {
  found(await findPersonById(tx, input.personId), 'PERSON', 'Deze persoon bestaat niet (meer).');
  if (!(await subjectExists(tx, input))) {
    const what = consentSubjectLabels[input.subject];
    refuse('CONSENT.INVALID_SUBJECT', `Deze ${what} bestaat niet (meer).`, {
      fields: { subjectId: `Deze ${what} bestaat niet (meer).` },
    });
  }
  const record = await appendConsent(tx, {
    ...input,
    id: randomUUID(),
    at: ctx.now().toISOString(),
    by: ctx.user?.id ?? null,
    method: 'coordinator',
  });
  await audit(ctx, tx, {
    action: 'consent.record',
    entity: 'consent',
    entityId: record.id,
    details: {
      personId: record.personId,
      subject: record.subject,
      subjectId: record.subjectId,
      ...(record.subject === 'contact_sharing'
        ? { granted: record.granted }
        : { level: record.level }),
    },
  });
  return record;
}
