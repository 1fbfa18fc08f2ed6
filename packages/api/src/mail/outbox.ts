import { enqueueEmail, type Executor } from '@jamsessie/db';
import { publicLinkFilter } from '../privacy/public-link-filter.js';
import { myDataFooter } from './templates/participant.template.js';

/** A message to send later through the outbox. */
export type MailToEnqueue = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * Makes enqueueing idempotent: a second message with the same key is dropped. Build it
   * from what makes the message unique, e.g. `link:<series>:<address>:<day>`.
   */
  idempotencyKey: string;
  /**
   * The earliest moment to send; defaults to the database's clock. Procedures pass
   * `ctx.now()`, so a test clock and the worker's clock agree.
   */
  notBefore?: Date;
  /**
   * The subscription's unsubscribe link, for mail about a subscription: stored with the row
   * and sent as the one-click List-Unsubscribe header (never read back from the text).
   */
  unsubscribeUrl?: string;
  /**
   * Why this message skips the meeting-link filter, if it does: only the link mail to an
   * address found eligible may carry a meeting link, and account mail holds no agenda text
   * (its one-time link must reach the reader as it is). Every other message (reminders,
   * notices, announcements, contact lists) goes to people who may not have the link, so its
   * text passes the same filter as every public page.
   */
  unfiltered?: 'meeting link for an eligible address' | 'account mail';
  /**
   * The site's origin when the mail goes to a person (not a coordinator's account mail): the
   * text then ends with the link to their own page (`/mijn-gegevens`), one line for every
   * such mail.
   */
  toPersonOf?: string;
};

/**
 * Puts a message in the outbox (call it inside the transaction of the change that causes the
 * mail, so both commit or neither). Nothing is sent here: the outbox worker sends.
 * Returns `{ queued: false }` when a message with the same idempotency key already exists.
 *
 * @example await enqueueMail(tx, { to, subject: 'Je link', text, idempotencyKey: `link:${id}:${to}:${day}` });
 */
export async function enqueueMail(db: Executor, mail: MailToEnqueue): Promise<{ queued: boolean }> {
  const filter = mail.unfiltered ? null : await publicLinkFilter(db);
  const clean = (text: string) => (filter ? filter.redact(text) : text);
  const queued = await enqueueEmail(db, {
    to: mail.to,
    subject: clean(mail.subject),
    text: clean(mail.toPersonOf ? `${mail.text}\n\n${myDataFooter(mail.toPersonOf)}` : mail.text),
    html: mail.html === undefined ? null : clean(mail.html),
    idempotencyKey: mail.idempotencyKey,
    ...(mail.unsubscribeUrl ? { unsubscribeUrl: mail.unsubscribeUrl } : {}),
    ...(mail.notBefore ? { notBefore: mail.notBefore.toISOString() } : {}),
  });
  return { queued };
}
