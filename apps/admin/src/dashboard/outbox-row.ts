import { formatDateTime } from '@jamsessie/domain';
import type { Outputs } from '../api/api-types';
import { texts } from '../texts';

/** One message of the outbox as the API lists it (no bodies). */
export type OutboxMessage = Outputs['admin']['outbox']['list']['items'][number];

/** What a row of the outbox table shows about one message. */
export type OutboxRowView = {
  /** 'Verzonden', 'Mislukt', 'Wordt opnieuw geprobeerd', … */
  status: string;
  /** When it was sent, when the next attempt is, or that no attempt follows. */
  when: string;
  /** The last SMTP error, for a failed message or one that is being retried; else null. */
  lastError: string | null;
  /** Whether "send again" is offered: only for a message the sender gave up on. */
  canRetry: boolean;
};

const d = texts.dashboard;

/**
 * How a coordinator reads one outbox message: a failed message the sender will try again is
 * "being retried" (with the time of the next attempt and the error), one out of attempts has
 * failed for good; both can be sent again at once. A sent one shows when.
 *
 * @example outboxRowView({ status: 'failed', retrying: true, lastError: 'Connection refused', … }).status
 * // 'Wordt opnieuw geprobeerd'
 */
export function outboxRowView(message: OutboxMessage): OutboxRowView {
  const failed = message.status === 'failed';
  const retrying = failed && message.retrying;
  const status = retrying ? d.outboxRetrying : (d.outboxStatus[message.status] ?? message.status);
  let when = '';
  if (message.status === 'sent' && message.sentAt) {
    when = d.outboxSentAt(formatDateTime(message.sentAt));
  } else if (retrying) when = d.outboxNextAttempt(formatDateTime(message.nextAttemptAt));
  else if (failed) when = d.outboxGivenUp;
  else if (message.status === 'queued') when = d.outboxWaiting;
  return {
    status,
    when,
    lastError: failed ? message.lastError : null,
    canRetry: failed,
  };
}
