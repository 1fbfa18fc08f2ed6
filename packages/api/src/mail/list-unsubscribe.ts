import type { MailTransport, OutgoingMail } from './transport.js';

/**
 * The headers that make unsubscribing one click in the mail program (RFC 2369 and RFC 8058):
 * `List-Unsubscribe` with the link and `List-Unsubscribe-Post` (the program then POSTs
 * `List-Unsubscribe=One-Click` to it).
 *
 * @example listUnsubscribeHeaders('https://…') // { 'List-Unsubscribe': '<https://…>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
 */
export function listUnsubscribeHeaders(link: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${link}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/**
 * Wraps a transport so every message about a subscription also gets the one-click headers.
 * The link comes from the outbox row (stored by the code that built the message), never from
 * the text: a session description quoted in the text could otherwise plant a line that looks
 * like the footer and point the header elsewhere. The headers ride along as nodemailer's
 * `headers` option (a transport that ignores them still sends the message, with the link in
 * its text).
 *
 * @example const transport = withListUnsubscribe(createMailTransport(env.SMTP_URL));
 */
export function withListUnsubscribe<T extends MailTransport>(transport: T): T {
  return {
    ...transport,
    sendMail: ({ unsubscribeUrl, ...message }: OutgoingMail) => {
      if (!unsubscribeUrl) return transport.sendMail(message);
      const withHeaders: OutgoingMail & { headers: Record<string, string> } = {
        ...message,
        headers: listUnsubscribeHeaders(unsubscribeUrl),
      };
      return transport.sendMail(withHeaders);
    },
  };
}
