import { randomUUID } from 'node:crypto';
import {
  appendConsent,
  confirmUnconfirmedDilemma,
  deleteDilemma,
  findDilemmaById,
  findOrCreatePerson,
  findPersonByEmail,
  findSessionById,
  listConsentsForSubjects,
  listDilemmasOfOwner,
  updateDilemma,
  type Executor,
} from '@jamsessie/db';
import {
  consentHistory,
  consentProvenance,
  ERASED_NAME,
  type ConsentLevel,
  type Dilemma,
  type Person,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context, ParticipantUser } from '../context.js';
import { toTRPCError, unwrap } from '../errors.js';
import {
  linkRefusal,
  spendParticipantLink,
  startParticipantSession,
} from './participant-session.service.js';

/** The Dutch refusal for a dilemma that is not (any more) the participant's. */
export const NOT_YOUR_DILEMMA = 'Deze vraag staat niet (meer) op jouw naam.';

/** The Dutch refusal for changing a dilemma once its session has begun. */
export const DILEMMA_SESSION_STARTED =
  'De sessie van deze vraag is al begonnen: de tekst ligt nu vast. Je toestemming kun je wel nog wijzigen.';

/**
 * Follows a dilemma's confirmation link: spends it, attaches the dilemma to the person with
 * that address (found or created) with the consent level chosen on the form, recorded as
 * given by the person by confirmed e-mail, and opens their page (the address is proven).
 *
 * @example await confirmDilemmaByLink(ctx, { token })
 */
export async function confirmDilemmaByLink(ctx: Context, input: { token: string }) {
  return ctx.db.transaction().execute(async (tx) => {
    const { email, subjectId } = await spendParticipantLink(
      ctx,
      tx,
      input.token,
      'confirm_dilemma',
    );
    const waiting = subjectId ? await findDilemmaById(tx, subjectId) : undefined;
    if (!waiting) throw linkRefusal();
    const person = unwrap(
      await findOrCreatePerson(tx, {
        id: randomUUID(),
        displayName: waiting.ownerName ?? ERASED_NAME,
        email,
      }),
    );
    const dilemma = await confirmUnconfirmedDilemma(tx, waiting.id, email, person.id);
    if (!dilemma) throw linkRefusal();
    const at = ctx.now().toISOString();
    await appendConsent(tx, {
      id: randomUUID(),
      personId: person.id,
      subject: 'dilemma',
      subjectId: dilemma.id,
      level: dilemma.consent,
      at,
      by: null,
      method: 'confirmed_email',
    });
    await audit(ctx, tx, {
      action: 'dilemma.confirm_by_owner',
      entity: 'dilemma',
      entityId: dilemma.id,
      details: { personId: person.id, level: dilemma.consent },
    });
    const session = await startParticipantSession(ctx, tx, email);
    return { ...session, confirmed: { dilemmaId: dilemma.id, consent: dilemma.consent } };
  });
}

function currentLevel(records: Awaited<ReturnType<typeof listConsentsForSubjects>>, d: Dilemma) {
  const last = consentHistory(records, 'dilemma', d.id, d.ownerId ?? undefined).at(-1);
  return last && last.subject !== 'contact_sharing'
    ? { level: last.level, given: consentProvenance(last) }
    : { level: d.consent, given: null };
}

/**
 * The participant's dilemmas with their session, status and current consent (with how and
 * when it was given), and whether the text can still be changed.
 */
export async function listMyDilemmas(db: Executor, person: Person | undefined, now: Date) {
  if (!person) return [];
  const dilemmas = await listDilemmasOfOwner(db, person.id);
  const consents = await listConsentsForSubjects(
    db,
    dilemmas.map((d) => d.id),
  );
  return Promise.all(
    dilemmas.map(async (d) => {
      const session = await findSessionById(db, d.sessionId);
      const consent = currentLevel(consents, d);
      return {
        id: d.id,
        version: d.version,
        text: d.text,
        followUpQuestions: d.followUpQuestions,
        status: d.status,
        consent: consent.level,
        consentGiven: consent.given,
        session: session
          ? { title: session.title, slug: session.slug, startsAt: session.startsAt }
          : null,
        editable: session !== undefined && session.startsAt > now.toISOString(),
      };
    }),
  );
}

async function myDilemma(tx: Executor, participant: ParticipantUser, id: string) {
  const person = await findPersonByEmail(tx, participant.email);
  const dilemma = await findDilemmaById(tx, id);
  if (!person || !dilemma || dilemma.ownerId !== person.id) {
    throw toTRPCError({ code: 'DILEMMA.NOT_FOUND', message: NOT_YOUR_DILEMMA });
  }
  return { person, dilemma };
}

async function assertBeforeSession(tx: Executor, dilemma: Dilemma, now: Date): Promise<void> {
  const session = await findSessionById(tx, dilemma.sessionId);
  if (!session || session.startsAt <= now.toISOString()) {
    throw toTRPCError({ code: 'DILEMMA.SESSION_STARTED', message: DILEMMA_SESSION_STARTED });
  }
}

/** The owner changes the text of their dilemma, until its session starts (stale: refused). */
export async function editMyDilemma(
  ctx: Context,
  participant: ParticipantUser,
  input: { id: string; version: number; text: string; followUpQuestions: string[] },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const { dilemma } = await myDilemma(tx, participant, input.id);
    await assertBeforeSession(tx, dilemma, ctx.now());
    const saved = unwrap(
      await updateDilemma(tx, {
        ...dilemma,
        text: input.text,
        followUpQuestions: input.followUpQuestions,
        version: input.version,
      }),
    );
    await audit(ctx, tx, {
      action: 'dilemma.edit_by_owner',
      entity: 'dilemma',
      entityId: saved.id,
    });
    return { id: saved.id, version: saved.version };
  });
}

/** The owner withdraws their dilemma (it is deleted), until its session starts. */
export async function withdrawMyDilemma(
  ctx: Context,
  participant: ParticipantUser,
  input: { id: string },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const { dilemma } = await myDilemma(tx, participant, input.id);
    await assertBeforeSession(tx, dilemma, ctx.now());
    await deleteDilemma(tx, dilemma.id);
    await audit(ctx, tx, {
      action: 'dilemma.withdraw_by_owner',
      entity: 'dilemma',
      entityId: dilemma.id,
    });
    return { ok: true as const };
  });
}

/** The owner changes the consent level of their dilemma, at any time: a new record, by them. */
export async function setMyDilemmaConsent(
  ctx: Context,
  participant: ParticipantUser,
  input: { id: string; level: ConsentLevel },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const { person, dilemma } = await myDilemma(tx, participant, input.id);
    const record = await appendConsent(tx, {
      id: randomUUID(),
      personId: person.id,
      subject: 'dilemma',
      subjectId: dilemma.id,
      level: input.level,
      at: ctx.now().toISOString(),
      by: null,
      method: 'confirmed_email',
    });
    await audit(ctx, tx, {
      action: 'consent.record_by_person',
      entity: 'consent',
      entityId: record.id,
      details: {
        personId: person.id,
        subject: 'dilemma',
        subjectId: dilemma.id,
        level: input.level,
      },
    });
    return { level: input.level, given: consentProvenance(record) };
  });
}
