import {
  findRunByViewToken,
  findRunVersionByViewToken,
  listConsentsForSubjects,
  listDilemmasOfSession,
} from '@jamsessie/db';
import { consentLookupFrom } from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { publicProcedure, router } from '../trpc.js';
import { participantView } from './protocol-view.model.js';

/** A view token as handed out at `admin.protocol.start` (base64url of 32 random bytes). */
const notFound = () =>
  toTRPCError({ code: 'PROTOCOL_VIEW.NOT_FOUND', message: 'Deze link is niet (meer) geldig.' });

const ViewToken = z
  .string({ error: 'Deze link is niet (meer) geldig.' })
  .regex(/^[A-Za-z0-9_-]{32,100}$/, { error: 'Deze link is niet (meer) geldig.' });

/**
 * The participants' read-only screen of a running session (PUBLIC: mount it as `live.view`).
 * It takes the unguessable view token created when the facilitation started and returns only
 * the step, the dilemma heading ("Vraag n", or the coordinator's kop when its owner consented
 * to sharing; never words from the dilemma's text), the clock
 * and the cue: no names, no private dilemma text, no notes, no meeting link.
 */
export const protocolViewRouter = router({
  /**
   * Only the run's version (a counter, nothing else): the screen asks this several times a
   * second and reloads `view` when it changes, so a step change shows within a second
   * whichever server process made it. State lives in PostgreSQL, not in a process.
   */
  version: publicProcedure.input(z.object({ token: ViewToken })).query(async ({ ctx, input }) => {
    const version = await findRunVersionByViewToken(ctx.db, input.token);
    if (version === undefined) throw notFound();
    return { version };
  }),

  view: publicProcedure.input(z.object({ token: ViewToken })).query(async ({ ctx, input }) => {
    const run = await findRunByViewToken(ctx.db, input.token);
    if (!run) throw notFound();
    const dilemmas = await listDilemmasOfSession(ctx.db, run.sessionId);
    const lookup = consentLookupFrom(
      await listConsentsForSubjects(
        ctx.db,
        dilemmas.map((d) => d.id),
      ),
    );
    const byId = new Map(dilemmas.map((d) => [d.id, d]));
    return participantView(
      run,
      ctx.now().toISOString(),
      (id) => lookup({ subject: 'dilemma', subjectId: id }) ?? byId.get(id)?.consent ?? 'private',
      (id) => byId.get(id)?.kop ?? null,
    );
  }),
});
