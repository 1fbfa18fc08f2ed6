import { Id } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createContextInner, type Db } from './context.js';
import { createCaller } from './root.js';
import { adminProcedure, coordinatorProcedure, createCallerFactory, router } from './trpc.js';
import { invoke, procedureEntries } from './testing/procedure-paths.testing.js';

/**
 * The public surface, on purpose: a new public procedure must be added here consciously;
 * everything else must live under `admin.*` behind the auth middleware.
 */
const PUBLIC_PROCEDURES = [
  'agenda.list',
  'agenda.session',
  'auth.login',
  'auth.logout',
  'auth.me',
  'auth.requestPasswordReset',
  'auth.resetPassword',
  'catalogue.keywords',
  'catalogue.movements',
  'catalogue.participants',
  'catalogue.series',
  'catalogue.themes',
  'cue.back',
  'cue.saveNotes',
  'cue.version',
  'cue.view',
  'forms.bringDilemma',
  'forms.requestLink',
  'live.version',
  'live.view',
  'participant.confirmDilemma',
  'participant.consentLink',
  'participant.decideByLink',
  'participant.me',
  'participant.mine.consentItems',
  'participant.mine.decideConsent',
  'participant.mine.editDilemma',
  'participant.mine.endSubscription',
  'participant.mine.erase',
  'participant.mine.export',
  'participant.mine.herkenbaar.list',
  'participant.mine.herkenbaar.mark',
  'participant.mine.overview',
  'participant.mine.personal.answerFollowUp',
  'participant.mine.personal.contactChoices',
  'participant.mine.personal.feed',
  'participant.mine.personal.followUps',
  'participant.mine.personal.renewFeed',
  'participant.mine.personal.revokeFeed',
  'participant.mine.personal.setContactSharing',
  'participant.mine.setDilemmaConsent',
  'participant.mine.withdrawDilemma',
  'participant.requestSignIn',
  'participant.signIn',
  'participant.signOut',
  'reports.bySlug',
  'reports.list',
  'subscriptions.confirm',
  'subscriptions.subscribe',
  'subscriptions.unsubscribe',
  'tips.list',
  'week.edition',
  'week.editions',
  'week.localProgrammes',
];

// The database is never reached: the auth middleware refuses before any procedure body runs.
const unreachableDb = new Proxy({} as Db, {
  get() {
    throw new Error('an anonymous admin call reached the database');
  },
});

describe('the router tree', () => {
  const entries = procedureEntries();
  const adminPaths = entries.filter((e) => e.path.startsWith('admin.')).map((e) => e.path);

  it('exposes exactly the agreed public procedures outside admin.*', () => {
    const publicPaths = entries.filter((e) => !e.path.startsWith('admin.')).map((e) => e.path);
    expect(publicPaths).toEqual(PUBLIC_PROCEDURES);
  });

  it('refuses every admin.* procedure to an anonymous caller with UNAUTHORIZED', async () => {
    const caller = createCaller(
      createContextInner({ db: unreachableDb, user: null, baseUrl: 'https://jamsessie.test' }),
    );
    const outcomes = await Promise.all(
      adminPaths.map(async (path) => {
        try {
          await invoke(caller, path, {});
          return { path, code: 'NO_ERROR' };
        } catch (error) {
          return { path, code: (error as { code?: string }).code ?? 'UNKNOWN' };
        }
      }),
    );
    expect(outcomes).toEqual(adminPaths.map((path) => ({ path, code: 'UNAUTHORIZED' })));
  });

  it('refuses every admin.* procedure to a participant signed in to their own page', async () => {
    const caller = createCaller(
      createContextInner({
        db: unreachableDb,
        user: null,
        participant: { email: 'deelnemer@zorg.example', sessionId: 'sessie' },
        baseUrl: 'https://jamsessie.test',
      }),
    );
    const outcomes = await Promise.all(
      adminPaths.map(async (path) => {
        try {
          await invoke(caller, path, {});
          return { path, code: 'NO_ERROR' };
        } catch (error) {
          return { path, code: (error as { code?: string }).code ?? 'UNKNOWN' };
        }
      }),
    );
    expect(outcomes).toEqual(adminPaths.map((path) => ({ path, code: 'UNAUTHORIZED' })));
  });
});

describe('the auth middleware', () => {
  const guarded = router({
    admin: router({
      read: coordinatorProcedure.input(z.object({ id: Id })).query(({ ctx }) => ctx.user.id),
      manage: adminProcedure.mutation(({ ctx }) => ctx.user.role),
    }),
  });
  const callerAs = (user: Parameters<typeof createContextInner>[0]['user']) =>
    createCallerFactory(guarded)(
      createContextInner({ db: unreachableDb, user, baseUrl: 'https://jamsessie.test' }),
    );
  const coordinator = {
    id: '0b7e2f4c-1d3a-4b5c-8d6e-7f8091a2b3c4',
    email: 'c@beweging.example',
    displayName: 'C',
    role: 'coordinator' as const,
  };

  it('refuses an anonymous caller before looking at the input', async () => {
    const anonymous = callerAs(null);
    for (const { path } of procedureEntries(guarded)) {
      await expect(invoke(anonymous, path, { id: 'geen-uuid' })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: 'Log in om verder te gaan.',
      });
    }
  });

  it('lets a coordinator in, and keeps admin-only procedures for admins', async () => {
    const caller = callerAs(coordinator);
    await expect(caller.admin.read({ id: coordinator.id })).resolves.toBe(coordinator.id);
    await expect(caller.admin.manage()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Hiervoor heb je beheerrechten nodig.',
    });
    await expect(callerAs({ ...coordinator, role: 'admin' }).admin.manage()).resolves.toBe('admin');
  });
});
