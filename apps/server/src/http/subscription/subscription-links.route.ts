import type { IncomingMessage, ServerResponse } from 'node:http';
import { subscriptionPaths } from '@jamsessie/domain';
import { messages, send, sendMethodNotAllowed, sendText } from '../responses.js';
import {
  renderSubscriptionPage,
  SUBSCRIPTION_PAGE_CSS,
  type SubscriptionPageContent,
} from './subscription-page.js';

/**
 * What the pages do, passed in by the server (the API's `confirmSubscriptionToken` and
 * `unsubscribeWithToken`), so this file holds only the HTTP side.
 */
export type SubscriptionLinkActions = {
  confirm(token: string): Promise<{ status: 'confirmed'; what: string } | { status: 'invalid' }>;
  unsubscribe(token: string): Promise<unknown>;
  /**
   * The public app's stylesheets (see `agendaStylesheets`), so the pages look like the
   * agenda; without them the pages use the server's small fallback stylesheet.
   */
  stylesheets?: () => Promise<readonly string[]>;
};

const MAX_BODY = 4096;

function sendPage(req: IncomingMessage, res: ServerResponse, status: number, html: string): void {
  send(
    req,
    res,
    status,
    {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // The token is in the address: never pass it on to another site.
      'Referrer-Policy': 'no-referrer',
    },
    html,
  );
}

function serveStylesheet(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendMethodNotAllowed(req, res, 'GET, HEAD');
    return;
  }
  send(
    req,
    res,
    200,
    { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
    SUBSCRIPTION_PAGE_CSS,
  );
}

/** The form fields of a POST (url-encoded, or the one-click marker in a multipart body); null when too large. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const text = await readBody(req);
  if (text === null) return null;
  if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(text);
  // RFC 8058 allows multipart too; only the one-click marker matters there.
  const oneClick = type === 'multipart/form-data' && /List-Unsubscribe"?\s+One-Click/.test(text);
  return new URLSearchParams(oneClick ? 'List-Unsubscribe=One-Click' : '');
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the two pages subscription mail links to:
 * - `GET /abonnement/bevestigen?token=…`: a page with a button; `POST` (the button) confirms.
 * - `GET /abonnement/afmelden?token=…`: a page with a button; `POST` unsubscribes, both from
 *   the button and as the one-click POST mail programs send (RFC 8058,
 *   `List-Unsubscribe=One-Click` to the address in the `List-Unsubscribe` header).
 * A GET never changes anything, so link scanners in mail filters cannot confirm or
 * unsubscribe anyone. Returns false for other paths.
 *
 * @example
 * const serveLinks = createSubscriptionLinksHandler({
 *   confirm: (token) => confirmSubscriptionToken(db, token, new Date()),
 *   unsubscribe: (token) => unsubscribeWithToken(db, token),
 * });
 */
export function createSubscriptionLinksHandler(actions: SubscriptionLinkActions) {
  return async function serveSubscriptionLinks(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    if (pathname === subscriptionPaths.stylesheet) {
      serveStylesheet(req, res);
      return true;
    }
    const isConfirm = pathname === subscriptionPaths.confirm;
    if (!isConfirm && pathname !== subscriptionPaths.unsubscribe) return false;
    const stylesheets = (await actions.stylesheets?.().catch(() => [])) ?? [];
    const page = (content: SubscriptionPageContent) => renderSubscriptionPage(content, stylesheets);
    const query = new URL(req.url ?? '/', 'http://server').searchParams;
    if (req.method === 'GET' || req.method === 'HEAD') {
      const token = query.get('token') ?? '';
      if (token === '') {
        sendPage(
          req,
          res,
          400,
          page({
            title: 'Deze link is onvolledig',
            lead: 'Kopieer de hele link uit de e-mail in de adresbalk van je browser.',
          }),
        );
        return true;
      }
      sendPage(
        req,
        res,
        200,
        isConfirm
          ? page({
              title: 'Aanmelding bevestigen',
              lead: 'Bevestig dat je berichten wilt ontvangen. Je aanmelding gaat pas in als je op de knop drukt.',
              form: { action: pathname, token, label: 'Bevestig mijn aanmelding' },
            })
          : page({
              title: 'Afmelden',
              lead: 'Wil je geen berichten meer ontvangen? Druk op de knop om je af te melden.',
              form: { action: pathname, token, label: 'Afmelden' },
            }),
      );
      return true;
    }
    if (req.method !== 'POST') {
      sendMethodNotAllowed(req, res, 'GET, HEAD, POST');
      return true;
    }
    const form = await readForm(req);
    if (form === null) {
      sendText(req, res, 413, messages.badRequest);
      return true;
    }
    const token = form.get('token') ?? query.get('token') ?? '';
    if (isConfirm) {
      const outcome = token ? await actions.confirm(token) : { status: 'invalid' as const };
      sendPage(
        req,
        res,
        outcome.status === 'confirmed' ? 200 : 404,
        outcome.status === 'confirmed'
          ? page({
              title: 'Aanmelding bevestigd',
              lead: `Je ontvangt voortaan berichten over ${outcome.what}. In elk bericht staat een link om je af te melden.`,
            })
          : page({
              title: 'Deze link werkt niet (meer)',
              lead: 'De link is ongeldig of al gebruikt. Meld je gerust opnieuw aan.',
            }),
      );
      return true;
    }
    if (token) await actions.unsubscribe(token);
    if (form.get('List-Unsubscribe') === 'One-Click') {
      sendText(req, res, 200, 'Je bent afgemeld.');
      return true;
    }
    sendPage(
      req,
      res,
      200,
      page({
        title: 'Je bent afgemeld',
        lead: 'Je ontvangt geen berichten meer over dit onderwerp.',
      }),
    );
    return true;
  };
}
