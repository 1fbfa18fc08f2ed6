import nodemailer from 'nodemailer';

/** One message as the worker hands it to a transport. */
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A stable Message-ID per outbox row, so a receiving server can spot a re-delivery. */
  messageId: string;
  /** The unsubscribe link stored with the outbox row; `withListUnsubscribe` makes it a header. */
  unsubscribeUrl?: string;
};

/**
 * What the outbox worker needs from a mail transport: nodemailer's `sendMail` fits, and so
 * does a fake in tests.
 */
export type MailTransport = {
  sendMail(message: OutgoingMail): Promise<unknown>;
};

/**
 * A nodemailer SMTP transport from a URL such as `smtp://user:pass@mail.example:587` or
 * `smtps://…:465`. Time-outs are short so a dead server fails a batch quickly and the row is
 * retried later with back-off instead of blocking the worker.
 *
 * @example const transport = createMailTransport(env.SMTP_URL); // …later: transport.close()
 */
export function createMailTransport(smtpUrl: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    sendMail: (message) => transporter.sendMail(message),
    close: () => transporter.close(),
  };
}
