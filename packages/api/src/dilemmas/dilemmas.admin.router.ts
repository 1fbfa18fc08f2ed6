import { randomUUID } from 'node:crypto';
import {
  listUnconfirmedDilemmaIds,
  appendConsent,
  findDilemmaById,
  findOrCreatePerson,
  findPersonById,
  findSessionById,
  insertDilemma,
  insertDilemmaWording,
  listConsentsForSubjects,
  listDilemmaWordings,
  listDilemmasOfSession,
  updateDilemma,
  type Executor,
} from '@jamsessie/db';
import {
  consentLookupFrom,
  Dilemma,
  DilemmaInput,
  DilemmaStatus,
  DilemmaUpdate,
  ERASED_NAME,
  Id,
  mayNameClient,
  newDilemma,
  transitionDilemma,
  type Dilemma as DilemmaValue,
  type DilemmaInput as DilemmaInputValue,
  type Person,
  STALE_EDIT_MESSAGE,
} from '@jamsessie/domain';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { unwrap } from '../errors.js';
import { coordinatorProcedure, router } from '../trpc.js';
import {
  changedKeys,
  expectVersion,
  found,
  givenFields,
  refuse,
  saved,
  STALE_CODE,
} from '../shared/admin.helpers.js';
import { addToOpenRun, chooseInOpenRun } from '../live/protocol-sync.service.js';

const DILEMMA_NOT_FOUND = 'Deze vraag bestaat niet (meer).';
const SESSION_NOT_FOUND = 'Deze sessie bestaat niet (meer).';

/** The client-name hint over every word of a dilemma a coordinator may make public. */
function clientNameHintOf(dilemma: DilemmaValue): string | null {
  return mayNameClient(
    [dilemma.kop ?? '', dilemma.text, ...dilemma.followUpQuestions].join('\n'),
    'coordinator',
  ).message;
}

const DilemmaRef = Dilemma.pick({ id: true, version: true });

const AddInput = DilemmaInput.extend({ ownerId: Dilemma.shape.ownerId.optional() });

const ChooseInput = z.object({
  sessionId: Id,
  /** The dilemmas to discuss, in order, each with the version the coordinator saw. */
  chosen: z.array(DilemmaRef).min(1, { error: 'Kies minstens één vraag.' }).max(20),
  /** Dilemmas chosen before that go back to the inventory. */
  release: z.array(DilemmaRef).max(50).default([]),
});

async function ownerFor(
  tx: Executor,
  input: {
    ownerId?: string | null | undefined;
    ownerEmail: string | null;
    ownerName: string | null;
  },
): Promise<Person | null> {
  if (input.ownerId) {
    return found(
      await findPersonById(tx, input.ownerId),
      'PERSON',
      'Deze persoon bestaat niet (meer).',
    );
  }
  if (!input.ownerEmail) return null;
  return saved(
    await findOrCreatePerson(tx, {
      id: randomUUID(),
      displayName: input.ownerName ?? ERASED_NAME,
      email: input.ownerEmail,
    }),
  );
}

async function recordLevel(ctx: Context, tx: Executor, dilemma: DilemmaValue): Promise<void> {
  if (!dilemma.ownerId) return;
  await appendConsent(tx, {
    id: randomUUID(),
    personId: dilemma.ownerId,
    subject: 'dilemma',
    subjectId: dilemma.id,
    level: dilemma.consent,
    at: ctx.now().toISOString(),
    by: ctx.user?.id ?? null,
    // Entered in the inventory on the person's behalf: the record says so.
    method: 'coordinator',
  });
}

async function addDilemma(ctx: Context, input: z.infer<typeof AddInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const session = found(await findSessionById(tx, input.sessionId), 'SESSION', SESSION_NOT_FOUND);
    if (session.status === 'cancelled') {
      refuse('DILEMMA.SESSION_CLOSED', 'Deze sessie gaat niet door: kies een andere sessie.');
    }
    const owner = await ownerFor(tx, input);
    const form: DilemmaInputValue = {
      ...input,
      ownerName: input.ownerName ?? owner?.displayName ?? null,
    };
    const dilemma = saved(
      await insertDilemma(
        tx,
        newDilemma(form, {
          id: randomUUID(),
          now: ctx.now().toISOString(),
          ownerId: owner?.id ?? null,
        }),
      ),
    );
    await recordLevel(ctx, tx, dilemma);
    const runVersion = await addToOpenRun(tx, dilemma);
    await audit(ctx, tx, {
      action: 'dilemma.add',
      entity: 'dilemma',
      entityId: dilemma.id,
      details: { sessionId: session.id, consent: dilemma.consent, addedToRun: runVersion !== null },
    });
    return { dilemma, clientNameHint: clientNameHintOf(dilemma) };
  });
}

async function choose(ctx: Context, input: z.infer<typeof ChooseInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const all = await listDilemmasOfSession(tx, input.sessionId);
    const byId = new Map(all.map((d) => [d.id, d]));
    const mentioned = new Set([...input.chosen, ...input.release].map((r) => r.id));
    for (const ref of [...input.chosen, ...input.release]) {
      const current = found(byId.get(ref.id), 'DILEMMA', DILEMMA_NOT_FOUND);
      expectVersion('dilemma', current, ref.version);
    }
    // A dilemma chosen by someone else meanwhile is one this coordinator has not seen.
    const unseen = all.find((d) => d.status === 'chosen' && !mentioned.has(d.id));
    if (unseen) refuse(STALE_CODE, STALE_EDIT_MESSAGE, { entity: 'dilemma', id: unseen.id });
    const stored: DilemmaValue[] = [];
    for (const ref of input.release) {
      const current = byId.get(ref.id)!;
      if (current.status !== 'chosen') continue;
      const next = unwrap(transitionDilemma(current, 'inventoried'));
      stored.push(saved(await updateDilemma(tx, { ...next, version: ref.version })));
    }
    for (const [position, ref] of input.chosen.entries()) {
      const current = byId.get(ref.id)!;
      const next =
        current.status === 'chosen' ? current : unwrap(transitionDilemma(current, 'chosen'));
      stored.push(saved(await updateDilemma(tx, { ...next, position, version: ref.version })));
    }
    const chosen = input.chosen.map((ref) => byId.get(ref.id)!);
    const runVersion = await chooseInOpenRun(tx, input.sessionId, chosen);
    await audit(ctx, tx, {
      action: 'dilemma.choose',
      entity: 'session',
      entityId: input.sessionId,
      details: {
        chosen: input.chosen.map((r) => r.id),
        released: input.release.map((r) => r.id),
        runUpdated: runVersion !== null,
      },
    });
    return listDilemmasOfSession(tx, input.sessionId);
  });
}

/**
 * The inventory of a session's questions for the facilitator (`admin.dilemmas.*`): every
 * dilemma, private ones included (coordinators only), typed in by the facilitator, corrected,
 * moved between statuses and chosen in order. Edits are guarded by `version`.
 */
export const dilemmasRouter = router({
  list: coordinatorProcedure.input(z.object({ sessionId: Id })).query(async ({ ctx, input }) => {
    const dilemmas = await listDilemmasOfSession(ctx.db, input.sessionId);
    const lookup = consentLookupFrom(
      await listConsentsForSubjects(
        ctx.db,
        dilemmas.map((d) => d.id),
      ),
    );
    const wordings = await listDilemmaWordings(
      ctx.db,
      dilemmas.map((d) => d.id),
    );
    const unconfirmed = await listUnconfirmedDilemmaIds(
      ctx.db,
      dilemmas.map((d) => d.id),
    );
    return dilemmas.map((dilemma) => ({
      dilemma,
      /** Earlier wordings, oldest first: coordinators only, never on a public surface. */
      earlierWordings: wordings.get(dilemma.id) ?? [],
      /** The consent as recorded now (a withdrawal counts), else the dilemma's own level. */
      currentConsent: lookup({ subject: 'dilemma', subjectId: dilemma.id }) ?? dilemma.consent,
      clientNameHint: clientNameHintOf(dilemma),
      /** From the public form, its address not confirmed yet: "onbevestigd", owner-less, private. */
      unconfirmed: unconfirmed.has(dilemma.id),
    }));
  }),

  add: coordinatorProcedure.input(AddInput).mutation(({ ctx, input }) => addDilemma(ctx, input)),

  update: coordinatorProcedure.input(DilemmaUpdate).mutation(({ ctx, input }) =>
    ctx.db.transaction().execute(async (tx) => {
      const current = found(await findDilemmaById(tx, input.id), 'DILEMMA', DILEMMA_NOT_FOUND);
      expectVersion('dilemma', current, input.version);
      const next: DilemmaValue = { ...current, ...givenFields(input), version: input.version };
      const reworded =
        next.text !== current.text ||
        JSON.stringify(next.followUpQuestions) !== JSON.stringify(current.followUpQuestions);
      // The earlier wording stays for coordinators: an edit that removes a client's name can be
      // checked later, and nothing the owner wrote is lost.
      if (reworded) {
        await insertDilemmaWording(tx, current.id, {
          text: current.text,
          followUpQuestions: current.followUpQuestions,
          replacedAt: ctx.now().toISOString(),
          replacedBy: ctx.user?.id ?? null,
        });
      }
      const stored = saved(await updateDilemma(tx, next));
      if (stored.consent !== current.consent) await recordLevel(ctx, tx, stored);
      await audit(ctx, tx, {
        action: 'dilemma.update',
        entity: 'dilemma',
        entityId: stored.id,
        details: { changed: changedKeys(current, { ...next, version: current.version }) },
      });
      return { dilemma: stored, clientNameHint: clientNameHintOf(stored) };
    }),
  ),

  transition: coordinatorProcedure
    .input(DilemmaRef.extend({ to: DilemmaStatus }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const current = found(await findDilemmaById(tx, input.id), 'DILEMMA', DILEMMA_NOT_FOUND);
        expectVersion('dilemma', current, input.version);
        const next = unwrap(transitionDilemma(current, input.to));
        const stored = saved(await updateDilemma(tx, { ...next, version: input.version }));
        await audit(ctx, tx, {
          action: 'dilemma.transition',
          entity: 'dilemma',
          entityId: stored.id,
          details: { from: current.status, to: stored.status },
        });
        return stored;
      }),
    ),

  choose: coordinatorProcedure.input(ChooseInput).mutation(({ ctx, input }) => choose(ctx, input)),
});
