import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

/** A message the local SMTP server received: recipients and the decoded text. */
export type ReceivedMail = { to: string[]; raw: string; text: string };

/** A local SMTP server the server under test sends its mail to. */
export type Mailbox = { readonly url: string; readonly received: ReceivedMail[] };

/** Undoes quoted-printable soft breaks and escapes, so a link reads as it was written. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Starts a real SMTP server on 127.0.0.1 (random port, no TLS, no auth) before the calling
 * file's tests, and stops it after. Register it before `useTestSite` so its URL is known when
 * the server starts.
 *
 * @example const mailbox = useMailbox(); const site = useTestSite(() => ({ SMTP_URL: mailbox.url }));
 */
export function useMailbox(): Mailbox {
  const received: ReceivedMail[] = [];
  let url = '';
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: decodeQuotedPrintable(raw),
        });
        callback();
      });
    },
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    get url() {
      return url;
    },
    received,
  };
}
