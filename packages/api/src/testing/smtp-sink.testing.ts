import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the sink received. */
export type ReceivedMail = { from: string; to: string[]; raw: string };

/** A local SMTP server for tests, on a random loopback port. */
export type SmtpSink = {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
};

/**
 * Starts an SMTP server on 127.0.0.1 (random port, no TLS, no auth). With `reject` set, every
 * message is refused with a permanent 550 error, to test the worker's failure path.
 *
 * @example const sink = await startSmtpSink(); … sink.received.length; await sink.close();
 */
export async function startSmtpSink(options: { reject?: boolean } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (options.reject) {
        const error = Object.assign(new Error('Mailbox niet beschikbaar (test)'), {
          responseCode: 550,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
