import {
  listAgenda,
  listThemes,
  audienceOf,
  type AgendaEntry,
  type AudienceMember,
} from '@jamsessie/db';
import { formatDate, formatSessionTime, publicPaths, publicUrl } from '@jamsessie/domain';
import type { Db } from '../context.js';
import { addressKey } from './address-key.js';
import { enqueueMail } from './outbox.js';
import { describeStoredTarget } from '../subscriptions/subscription-targets.js';
import { unsubscribeUrl } from '../subscriptions/subscription-tokens.js';
import type { TargetDescription } from './templates/mail-footer.template.js';
import {
  cancellationMail,
  reminderMail,
  type Recipient,
  type SessionFacts,
} from './templates/session-notice.template.js';

/** How many days before a session its reminder goes out, unless configured otherwise. */
export const REMINDER_DAYS_BEFORE = 3;

/** A generous bound on the sessions one run looks at (monthly series, one week a year). */
const MAX_SESSIONS = 500;

/** Options of {@link runReminderJob}. */
export type ReminderJobOptions = {
  db: Db;
  now: Date;
  /** The public origin, for the links in the mail. */
  baseUrl: string;
  daysBefore?: number;
};

/** How many messages one run put in the outbox (already queued ones are not counted). */
export type ReminderJobResult = { reminders: number; cancellations: number };

/** The public facts of a session for a notice (the agenda's projection: no meeting link). */
export function sessionFacts(
  session: AgendaEntry,
  themeLabels: ReadonlyMap<string, string>,
  baseUrl: string,
): SessionFacts {
  return {
    title: session.title,
    when: formatSessionTime(session.startsAt, session.endsAt),
    date: formatDate(session.startsAt),
    where: session.online ? 'online' : (session.location ?? 'op locatie'),
    themes: session.themeIds.flatMap((id) => themeLabels.get(id) ?? []),
    description: session.description,
    pageUrl: publicUrl(baseUrl, publicPaths.session(session.slug)),
    linkOnRequest: session.linkOnRequest,
    cancellationReason: session.cancellationReason,
  };
}

/** Who hears about a session: followers of its series first, then of its themes and movements. */
function audienceOfSession(db: Db, session: AgendaEntry): Promise<AudienceMember[]> {
  return audienceOf(db, [
    { kind: 'series', ids: session.seriesId ? [session.seriesId] : [] },
    { kind: 'theme', ids: session.themeIds },
    { kind: 'movement', ids: session.movementIds },
  ]);
}

/** Describes targets once per run, not once per message. */
function targetDescriber(db: Db) {
  const cache = new Map<string, Promise<TargetDescription>>();
  return (member: AudienceMember) => {
    const key = `${member.targetKind}:${member.targetId ?? ''}`;
    let description = cache.get(key);
    if (!description) {
      description = describeStoredTarget(db, member.targetKind, member.targetId);
      cache.set(key, description);
    }
    return description;
  };
}

/**
 * One run of the reminder job, safe to run as often and in as many processes as you like:
 * - a reminder for every planned session starting within `daysBefore` days, to each confirmed
 *   subscriber of its series, themes or movements (one per address);
 * - a cancellation notice for every cancelled session still to come, to the same people.
 * Everything goes through the outbox with an idempotency key per session and address
 * (`reminder:<session>:<start>:<address>`, `cancellation:<session>:<address>`), so a second
 * run, a restart or a parallel process queues nothing twice. A session that moves gets a
 * reminder for its new time. No message contains a meeting link.
 *
 * @example await runReminderJob({ db, now: new Date(), baseUrl: env.baseUrl });
 */
export async function runReminderJob(options: ReminderJobOptions): Promise<ReminderJobResult> {
  const { db, now, baseUrl } = options;
  const days = options.daysBefore ?? REMINDER_DAYS_BEFORE;
  const nowIso = now.toISOString();
  const horizon = new Date(now.getTime() + days * 86_400_000).toISOString();
  const [due, cancelled, themes] = await Promise.all([
    listAgenda(
      db,
      { now: nowIso, direction: 'upcoming', from: nowIso, to: horizon, statuses: ['planned'] },
      { limit: MAX_SESSIONS },
    ),
    listAgenda(
      db,
      { now: nowIso, direction: 'upcoming', from: nowIso, statuses: ['cancelled'] },
      { limit: MAX_SESSIONS },
    ),
    listThemes(db),
  ]);
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  const describe = targetDescriber(db);
  const recipientOf = async (member: AudienceMember): Promise<Recipient> => ({
    target: await describe(member),
    unsubscribeLink: unsubscribeUrl(baseUrl, member.subscriptionId, member.unsubscribeKey),
  });
  const result: ReminderJobResult = { reminders: 0, cancellations: 0 };

  for (const session of due) {
    const facts = sessionFacts(session, labels, baseUrl);
    for (const member of await audienceOfSession(db, session)) {
      const recipient = await recipientOf(member);
      const { queued } = await enqueueMail(db, {
        to: member.email,
        ...reminderMail(facts, recipient),
        unsubscribeUrl: recipient.unsubscribeLink,
        idempotencyKey: `reminder:${session.id}:${session.startsAt}:${addressKey(member.email)}`,
        notBefore: now,
        toPersonOf: baseUrl,
      });
      if (queued) result.reminders += 1;
    }
  }

  for (const session of cancelled) {
    const facts = sessionFacts(session, labels, baseUrl);
    const [next] = session.seriesSlug
      ? await listAgenda(
          db,
          {
            now: nowIso,
            direction: 'upcoming',
            from: session.startsAt,
            seriesSlug: session.seriesSlug,
            statuses: ['planned'],
          },
          { limit: 1 },
        )
      : [];
    const following = next
      ? {
          when: formatSessionTime(next.startsAt, next.endsAt),
          pageUrl: publicUrl(baseUrl, publicPaths.session(next.slug)),
        }
      : null;
    for (const member of await audienceOfSession(db, session)) {
      const recipient = await recipientOf(member);
      const { queued } = await enqueueMail(db, {
        to: member.email,
        ...cancellationMail(facts, recipient, following),
        unsubscribeUrl: recipient.unsubscribeLink,
        idempotencyKey: `cancellation:${session.id}:${addressKey(member.email)}`,
        notBefore: now,
        toPersonOf: baseUrl,
      });
      if (queued) result.cancellations += 1;
    }
  }
  return result;
}
