import { randomUUID } from 'node:crypto';
import { findProtocolRunBySession, listProtocolCues, upsertProtocolCue } from '@jamsessie/db';
import { coordinatorPaths } from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { hashCueToken, newCueToken } from './cue-token.js';
import { found, refuse } from '../shared/admin.helpers.js';
import { withoutViewToken } from './protocol-sync.service.js';

const RUN_NOT_FOUND = 'Deze sessie is nog niet gestart: start eerst de begeleiding.';

/**
 * Gives the owner of one chosen dilemma a private cue link for this run (a new link replaces
 * the old one). The token is returned once and stored only as its hash.
 *
 * @example const { token, path } = await createCueLink(ctx, { sessionId, dilemmaId });
 */
export async function createCueLink(ctx: Context, input: { sessionId: string; dilemmaId: string }) {
  return ctx.db.transaction().execute(async (tx) => {
    const run = found(
      await findProtocolRunBySession(tx, input.sessionId),
      'PROTOCOL_RUN',
      RUN_NOT_FOUND,
    );
    const state = withoutViewToken(run.state);
    if (state.phase === 'finished') {
      refuse(
        'PROTOCOL.FINISHED',
        'De sessie is al afgerond; een link voor de inbrenger kan niet meer.',
      );
    }
    const chosen = state.phase === 'inventory' ? state.chosen : state.slots.map((s) => s.dilemmaId);
    if (!chosen.includes(input.dilemmaId)) {
      refuse('PROTOCOL.UNKNOWN_DILEMMA', 'Deze vraag is in deze sessie niet gekozen.');
    }
    const token = newCueToken();
    await upsertProtocolCue(tx, {
      id: randomUUID(),
      runId: run.id,
      dilemmaId: input.dilemmaId,
      tokenHash: hashCueToken(token),
    });
    await audit(ctx, tx, {
      action: 'protocol.cue_link',
      entity: 'protocol_run',
      entityId: run.id,
      details: { dilemmaId: input.dilemmaId },
    });
    return { token, path: coordinatorPaths.cue(token) };
  });
}

/**
 * The cue links of a run for the facilitator: per owner whether A is back ("A is klaar") and
 * what A jotted down, with A's consent for the report.
 *
 * @example (await listCues(ctx, sessionId))[0]?.back // true
 */
export async function listCues(ctx: Context, sessionId: string) {
  const run = await findProtocolRunBySession(ctx.db, sessionId);
  if (!run) return [];
  return (await listProtocolCues(ctx.db, run.id)).map((cue) => ({
    dilemmaId: cue.dilemmaId,
    back: cue.backAt !== null,
    notes: cue.notes,
    consent: cue.notesConsent,
  }));
}
