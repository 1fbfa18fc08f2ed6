/** What a coordinator reads of a message in the outbox. */
export type MailForCoordinator = {
  recipient: string;
  subject: string;
  text: string;
};

/** What stands in place of a secret in a link. */
export const HIDDEN_SECRET = 'verborgen';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const URL = /https?:\/\/[^\s<>"')]+/g;
/** Query parameters that carry a secret; their value is the key to act as the recipient. */
const SECRET_PARAMS = /([?&](?:token|key|code)=)[^&#\s]*/gi;

/**
 * Masks an address someone else owns: the first letter and the domain stay (enough to see
 * whose it is and from which organisation), the rest is dots.
 *
 * @example maskEmail('fenna.devries@dewilgen.example') // 'f•••@dewilgen.example'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

function maskLink(url: string): string {
  const hash = url.indexOf('#');
  const withoutFragment = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  // A fragment like '#aanmelden=<token>' keeps its key, so the reader sees what the link does.
  const maskedFragment =
    hash < 0
      ? ''
      : `#${/^[\w-]+=/.test(fragment) ? fragment.replace(/=.*$/, '=') : ''}${HIDDEN_SECRET}`;
  return `${withoutFragment.replace(SECRET_PARAMS, `$1${HIDDEN_SECRET}`)}${maskedFragment}`;
}

/**
 * The one rule for what a coordinator may read of a message as it was sent (the outbox's
 * "read" view). A coordinator may check what went out, but reading a mail must not become a
 * way to act as its recipient or to learn what was only meant for the recipient:
 * - the recipient's own address, the subject and the text stay as sent;
 * - every OTHER e-mail address in subject and text is masked ({@link maskEmail}): a contact
 *   list is meant for its recipient, who chose to exchange addresses, not for the reader;
 * - the secret of every link is hidden: one-time sign-in and confirmation tokens (in the
 *   fragment, `#aanmelden=…`, or the query, `?token=…`) and password-reset tokens would let
 *   the reader sign in, confirm or unsubscribe as the recipient.
 * Names, dates and public links stay: they are on the coordinator's own screens anyway.
 *
 * @example mailForCoordinator({ recipient: 'a@x.example', subject: 'Contactgegevens', text: '- Bo — bo@y.example' }).text
 * // '- Bo — b•••@y.example'
 */
export function mailForCoordinator(mail: MailForCoordinator): MailForCoordinator {
  const own = mail.recipient.trim().toLowerCase();
  const mask = (text: string) =>
    text
      .replace(URL, maskLink)
      .replace(EMAIL, (address) => (address.toLowerCase() === own ? address : maskEmail(address)));
  return { recipient: mail.recipient, subject: mask(mail.subject), text: mask(mail.text) };
}
