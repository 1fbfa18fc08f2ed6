import {
  AnnouncementInput,
  RecordParticipantsInput,
  SessionContactsInput,
} from '@jamsessie/domain';
import { announce } from './announcements.service.js';
import { contactOverview, recordParticipants, sendContactLists } from './contact-lists.service.js';
import { coordinatorProcedure, router } from '../trpc.js';

/**
 * After a session (`admin.contacts.*`): record who took part with each person's own choice to
 * exchange addresses (`recordParticipants`), see who would receive which list (`overview`,
 * names and counts only), send every opted-in participant the others who opted in
 * (`sendContactLists`), and announce a new series or edition to its subscribers (`announce`).
 * All mail goes through the outbox; every action is audited.
 */
export const contactsRouter = router({
  recordParticipants: coordinatorProcedure
    .input(RecordParticipantsInput)
    .mutation(({ ctx, input }) => recordParticipants(ctx, input.sessionId, input.participants)),

  overview: coordinatorProcedure.input(SessionContactsInput).query(async ({ ctx, input }) => {
    const overview = await contactOverview(ctx.db, input.sessionId);
    return {
      attendees: overview.attendees,
      sharing: overview.sharing,
      recipients: overview.recipients,
    };
  }),

  sendContactLists: coordinatorProcedure
    .input(SessionContactsInput)
    .mutation(({ ctx, input }) => sendContactLists(ctx, input.sessionId)),

  announce: coordinatorProcedure
    .input(AnnouncementInput)
    .mutation(({ ctx, input }) => announce(ctx, input)),
});
