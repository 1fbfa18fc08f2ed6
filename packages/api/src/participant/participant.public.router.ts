import { deleteSubscriptionOf, findPersonByEmail, listSubscriptionsOf } from '@jamsessie/db';
import {
  ConsentDecision,
  ConsentLevel,
  ConsentLinkToken,
  DilemmaText,
  LevelConsentSubject,
  Email,
  FollowUpQuestions,
  Id,
  ParticipantLinkToken,
  Version,
} from '@jamsessie/domain';
import { z } from 'zod';
import { toTRPCError } from '../errors.js';
import { describeStoredTarget } from '../subscriptions/subscription-targets.js';
import { decideMyConsentItem, listMyConsentItems } from './consent-items.service.js';
import { decideConsentByLink, viewConsentLink } from './consent-link.service.js';
import {
  confirmDilemmaByLink,
  editMyDilemma,
  listMyDilemmas,
  setMyDilemmaConsent,
  withdrawMyDilemma,
} from './my-dilemmas.service.js';
import {
  requestParticipantSignIn,
  signInWithParticipantLink,
  signOutParticipant,
} from './participant-session.service.js';
import { herkenbaarParticipantRouter } from '../herkenbaar/herkenbaar.participant.router.js';
import { erasePersonRecord, exportPersonRecord } from '../people/person-data.service.js';
import { participantProcedure, publicProcedure, router } from '../trpc.js';
import { participantPersonalRouter } from './personal.public.router.js';

const LinkInput = z.object({ token: ParticipantLinkToken });
const ConsentLinkInput = z.object({ token: ConsentLinkToken });

/** One of the person's items and the exact text they decide about. */
const ConsentItemInput = z.object({
  reportId: Id,
  kind: LevelConsentSubject,
  subjectId: Id,
  text: z.string({ error: 'De tekst ontbreekt.' }).max(5000, { error: 'De tekst is te lang.' }),
  decision: ConsentDecision,
});

/** Erasing oneself needs an explicit yes, so a stray call cannot do it. */
const EraseInput = z.object({
  confirm: z.literal(true, { error: 'Bevestig dat je al je gegevens wilt laten verwijderen.' }),
});

const NOTHING_HELD = 'Er staan geen gegevens op dit e-mailadres.';

/**
 * The participant's own place (`/mijn-gegevens`): no account, an address proves itself by a
 * one-time link. Signing in, confirming a dilemma, and — signed in — their dilemmas, consent,
 * subscriptions, a copy of their data and erasure. Nothing here reaches anyone else's data.
 */
export const participantRouter = router({
  /** Mails a one-time sign-in link; the same answer for every address. */
  requestSignIn: publicProcedure
    .input(z.object({ email: Email }))
    .mutation(({ ctx, input }) => requestParticipantSignIn(ctx, input)),
  /** Follows a sign-in link: sets the participant's own session cookie. */
  signIn: publicProcedure
    .input(LinkInput)
    .mutation(({ ctx, input }) => signInWithParticipantLink(ctx, input)),
  /** Follows a dilemma's confirmation link: attaches it, records consent, signs in. */
  confirmDilemma: publicProcedure
    .input(LinkInput)
    .mutation(({ ctx, input }) => confirmDilemmaByLink(ctx, input)),
  /** What a consent link asks about (the exact text and its report); spends nothing. */
  consentLink: publicProcedure
    .input(ConsentLinkInput)
    .query(({ ctx, input }) => viewConsentLink(ctx, input)),
  /** Follows a consent link's button: records the decision for that text, signs in. */
  decideByLink: publicProcedure
    .input(ConsentLinkInput.extend({ decision: ConsentDecision }))
    .mutation(({ ctx, input }) => decideConsentByLink(ctx, input)),
  /** Who is signed in to the page (the address), or null. */
  me: publicProcedure.query(({ ctx }) => ({
    email: ctx.participant?.email ?? null,
  })),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    await signOutParticipant(ctx);
    return { ok: true as const };
  }),

  /**
   * The page after sign-in: only for a participant signed in by link (`participantProcedure`),
   * one branch so the router's layout says who may call what.
   */
  mine: router({
    /** Herkenbaar: the questions of a coming session, to mark the ones one recognises. */
    herkenbaar: herkenbaarParticipantRouter,
    /** Mijn persoonlijke agenda, contactgegevens delen, Nadien: in a router of their own. */
    personal: participantPersonalRouter,
    /** Mijn vragen and Abonnementen. */
    overview: participantProcedure.query(async ({ ctx }) => {
      const person = await findPersonByEmail(ctx.db, ctx.participant.email);
      const [dilemmas, subscriptions] = await Promise.all([
        listMyDilemmas(ctx.db, person, ctx.now()),
        listSubscriptionsOf(ctx.db, ctx.participant.email),
      ]);
      return {
        email: ctx.participant.email,
        dilemmas,
        subscriptions: await Promise.all(
          subscriptions.map(async (s) => ({
            id: s.id,
            about: (await describeStoredTarget(ctx.db, s.targetKind, s.targetId)).phrase,
            confirmed: s.confirmedAt !== null,
          })),
        ),
      };
    }),
    editDilemma: participantProcedure
      .input(
        z.object({
          id: Id,
          version: Version,
          text: DilemmaText,
          followUpQuestions: FollowUpQuestions,
        }),
      )
      .mutation(({ ctx, input }) => editMyDilemma(ctx, ctx.participant, input)),
    withdrawDilemma: participantProcedure
      .input(z.object({ id: Id }))
      .mutation(({ ctx, input }) => withdrawMyDilemma(ctx, ctx.participant, input)),
    setDilemmaConsent: participantProcedure
      .input(z.object({ id: Id, level: ConsentLevel }))
      .mutation(({ ctx, input }) => setMyDilemmaConsent(ctx, ctx.participant, input)),
    /** Citaten en reacties: every text of theirs a report uses or wants to use. */
    consentItems: participantProcedure.query(async ({ ctx }) =>
      listMyConsentItems(ctx.db, await findPersonByEmail(ctx.db, ctx.participant.email)),
    ),
    /** Toestemming geven / weigeren for one of those texts. */
    decideConsent: participantProcedure
      .input(ConsentItemInput)
      .mutation(({ ctx, input }) => decideMyConsentItem(ctx, ctx.participant, input)),
    endSubscription: participantProcedure
      .input(z.object({ id: Id }))
      .mutation(async ({ ctx, input }) => {
        if (!(await deleteSubscriptionOf(ctx.db, ctx.participant.email, input.id))) {
          throw toTRPCError({
            code: 'SUBSCRIPTION.NOT_FOUND',
            message: 'Dit abonnement bestaat niet (meer).',
          });
        }
        return { ok: true as const };
      }),

    /** Mijn gegevens downloaden: the same content as the coordinators' export. */
    export: participantProcedure.mutation(({ ctx }) =>
      ctx.db.transaction().execute(async (tx) => {
        const person = await findPersonByEmail(tx, ctx.participant.email);
        if (!person) {
          return {
            email: ctx.participant.email,
            note: NOTHING_HELD,
            subscriptions: (await listSubscriptionsOf(tx, ctx.participant.email)).map((s) => ({
              targetKind: s.targetKind,
              targetId: s.targetId,
              confirmedAt: s.confirmedAt,
              createdAt: s.createdAt,
            })),
            exportedAt: ctx.now().toISOString(),
          };
        }
        return exportPersonRecord(ctx, tx, person.id, 'person');
      }),
    ),
    /** Mij verwijderen: the coordinators' erasure; reports stay, anonymised. Signs out. */
    erase: participantProcedure.input(EraseInput).mutation(async ({ ctx }) => {
      const result = await ctx.db.transaction().execute(async (tx) => {
        const person = await findPersonByEmail(tx, ctx.participant.email);
        if (!person) {
          throw toTRPCError({ code: 'PERSON.NOT_FOUND', message: NOTHING_HELD });
        }
        return erasePersonRecord(ctx, tx, person.id, 'person');
      });
      ctx.participantCookies.clearParticipantSession();
      return { anonymised: result.anonymised };
    }),
  }),
});
