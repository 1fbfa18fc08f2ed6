import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the sink accepted (answered 250), with its decoded-enough raw text. */
export type AcceptedMail = { to: string[]; raw: string; subject: string };

/** What the gate decides for an incoming message (0-based count of messages so far). */
export type GateDecision = 'accept' | 'reject' | { hold: Promise<void> };

/** A local SMTP server whose answers a test steers. */
export type GatedSmtpSink = {
  url: string;
  accepted: AcceptedMail[];
  /** Messages whose data arrived, accepted or not. */
  arrivals(): number;
  /** Resolves once the connection that carried message `index` (0-based) has closed. */
  connectionClosed(index: number): Promise<void>;
  close(): Promise<void>;
};

function subjectOf(raw: string): string {
  return /^Subject: (.*)$/m.exec(raw.replace(/\r\n[ \t]+/g, ' '))?.[1]?.trim() ?? '';
}

/**
 * An SMTP server on 127.0.0.1 that asks `gate` what to do with each message: accept it,
 * refuse it (451, so the sender retries later), or hold the answer until a promise settles
 * (to kill a sender mid-transaction). A held message is only counted as accepted when its
 * connection is still open once released: a sender that died never got a 250, so the
 * message was not delivered.
 *
 * @example const sink = await startGatedSmtpSink((n) => (n === 7 ? { hold } : 'accept'));
 */
export async function startGatedSmtpSink(
  gate: (index: number) => GateDecision = () => 'accept',
): Promise<GatedSmtpSink> {
  const accepted: AcceptedMail[] = [];
  let arrivals = 0;
  const closedSessions = new Set<string>();
  const sessionOfArrival = new Map<number, string>();
  const closeWaiters = new Map<string, (() => void)[]>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
      for (const wake of closeWaiters.get(session.id) ?? []) wake();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const index = arrivals;
        arrivals += 1;
        sessionOfArrival.set(index, session.id);
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: subjectOf(raw),
        };
        const decision = gate(index);
        const accept = () => {
          accepted.push(mail);
          callback();
        };
        if (decision === 'accept') accept();
        else if (decision === 'reject') {
          callback(
            Object.assign(new Error('Tijdelijk niet beschikbaar (test)'), { responseCode: 451 }),
          );
        } else {
          void decision.hold.then(() => {
            if (closedSessions.has(session.id)) callback(new Error('connection gone'));
            else accept();
          });
        }
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    accepted,
    arrivals: () => arrivals,
    connectionClosed: (index) =>
      new Promise<void>((done) => {
        const id = sessionOfArrival.get(index);
        if (id === undefined || closedSessions.has(id)) return done();
        closeWaiters.set(id, [...(closeWaiters.get(id) ?? []), done]);
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
