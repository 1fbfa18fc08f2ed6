import { findProtocolRunBySession } from '@jamsessie/db';
import { Id, ProtocolEvent, ProtocolSettings, Version } from '@jamsessie/domain';
import { z } from 'zod';
import { coordinatorProcedure, router } from '../trpc.js';
import { facilitatorView } from './protocol-view.model.js';
import { createCueLink, listCues } from './protocol-cue.service.js';
import { dispatchEvent, startRun } from './protocol.service.js';

const SessionInput = z.object({ sessionId: Id });

/**
 * Facilitating a session with the step protocol (`admin.protocol.*`). The run's state lives
 * in PostgreSQL, so any server process continues it and a reloaded page finds the same step
 * and remaining time (computed with the server's clock at every read).
 */
export const protocolRouter = router({
  /** The run of a session as the facilitator sees it now, or null before `start`. */
  get: coordinatorProcedure.input(SessionInput).query(async ({ ctx, input }) => {
    const run = await findProtocolRunBySession(ctx.db, input.sessionId);
    return run ? facilitatorView(run, ctx.now().toISOString()) : null;
  }),

  /** Opens the run (inventory phase, with the view token); returns the existing one if any. */
  start: coordinatorProcedure
    .input(SessionInput.extend(ProtocolSettings.partial().shape))
    .mutation(async ({ ctx, input }) =>
      facilitatorView(await startRun(ctx, input), ctx.now().toISOString()),
    ),

  /** Applies one event (the server stamps its time); `version` is the run's version. */
  dispatch: coordinatorProcedure
    .input(SessionInput.extend({ version: Version, event: ProtocolEvent }))
    .mutation(async ({ ctx, input }) =>
      facilitatorView(await dispatchEvent(ctx, input), ctx.now().toISOString()),
    ),

  /** A private cue link for the owner of one chosen dilemma (shown once: as QR code and link). */
  cueLink: coordinatorProcedure
    .input(SessionInput.extend({ dilemmaId: Id }))
    .mutation(({ ctx, input }) => createCueLink(ctx, input)),

  /** Per owner with a cue link: "A is klaar" and A's jotted notes (with A's consent). */
  cues: coordinatorProcedure
    .input(SessionInput)
    .query(({ ctx, input }) => listCues(ctx, input.sessionId)),
});
