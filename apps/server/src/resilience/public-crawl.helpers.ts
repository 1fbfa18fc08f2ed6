import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { REQUEST_TIMEOUT_MS, type HttpAnswer } from './trpc-http.client.js';

/**
 * The text of a PDF, through poppler's `pdftotext` (CI installs poppler-utils): text in a
 * PDF is usually compressed, so searching its bytes would find nothing and prove nothing.
 */
export function pdfText(bytes: Buffer): string {
  try {
    return execFileSync('pdftotext', ['-q', '-', '-'], { input: bytes, timeout: 20_000 }).toString(
      'utf8',
    );
  } catch (error) {
    throw new Error(
      `pdftotext is needed to read downloaded PDFs (apt-get install poppler-utils): ${String(error)}`,
    );
  }
}

/** An answer whose body is searchable text; `visible` is what a reader sees (a PDF's text). */
export type ReadableAnswer = HttpAnswer & { readonly visible: string };

/**
 * Fetches like a visitor and returns the body as searchable text: PDFs through
 * {@link pdfText} (plus their raw bytes, for metadata), everything else as UTF-8.
 *
 * @example const answer = await fetchReadable(`${base}/downloads/reeks/x/schema.pdf`);
 */
export async function fetchReadable(url: string, init: RequestInit = {}): Promise<ReadableAnswer> {
  const res = await fetch(url, {
    redirect: 'manual',
    ...init,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  const encoded = res.headers.get('content-encoding');
  // A HEAD answer has no bytes to read.
  if (type.startsWith('application/pdf') && res.status === 200 && !encoded && bytes.length > 0) {
    const visible = pdfText(bytes);
    return {
      status: res.status,
      headers: res.headers,
      text: `${visible}\n${bytes.toString('latin1')}`,
      visible,
    };
  }
  const text = bytes.toString(type.startsWith('image/') ? 'latin1' : 'utf8');
  return { status: res.status, headers: res.headers, text, visible: text };
}

/**
 * Sends raw bytes as a request and returns whatever comes back (until the server closes or
 * the time limit): for requests `fetch` refuses to send, such as an unparsable target.
 *
 * @example await rawRequest(port, 'GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
 */
export function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms to ${JSON.stringify(request)}`));
    }, REQUEST_TIMEOUT_MS);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      done(received);
    });
    socket.write(request);
  });
}
