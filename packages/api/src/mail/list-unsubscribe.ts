import type { MailTransport, OutgoingMail } from './transport.js';
import { UNSUBSCRIBE_LINE_PREFIX } from './templates/mail-footer.template.js';

const UNSUBSCRIBE_LINE = new RegExp(
  `^${UNSUBSCRIBE_LINE_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(https?://\\S+)\\s*$`,
  'm',
);

/**
 * The unsubscribe link a message carries in its footer line ("Afmelden: https://…"), or null
 * for mail that is not about a subscription (a contact list, a meeting link).
 *
 * @example unsubscribeLinkIn('…\nAfmelden: https://jamsessie.example/abonnement/afmelden?token=x') // 'https://…?token=x'
 */
export function unsubscribeLinkIn(text: string): string | null {
  return UNSUBSCRIBE_LINE.exec(text)?.[1] ?? null;
}

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
 * Wraps a transport so every message with an unsubscribe line also gets the one-click
 * headers. The outbox stores no headers, so they are derived from the text at sending time.
 * The headers ride along as nodemailer's `headers` option (nodemailer's transport passes them
 * on; a transport that ignores them still sends the message, with the link in its text).
 *
 * @example const transport = withListUnsubscribe(createMailTransport(env.SMTP_URL));
 */
export function withListUnsubscribe<T extends MailTransport>(transport: T): T {
  return {
    ...transport,
    sendMail: (message: OutgoingMail) => {
      const link = unsubscribeLinkIn(message.text);
      if (!link) return transport.sendMail(message);
      const withHeaders: OutgoingMail & { headers: Record<string, string> } = {
        ...message,
        headers: listUnsubscribeHeaders(link),
      };
      return transport.sendMail(withHeaders);
    },
  };
}
