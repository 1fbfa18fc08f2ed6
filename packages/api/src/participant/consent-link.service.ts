import { randomUUID } from 'node:crypto';
import {
  findConsentRequest,
  findPersonByEmail,
  findReportById,
  insertConsentRequest,
  peekParticipantToken,
  type ConsentRequest,
  type Executor,
} from '@jamsessie/db';
import {
  CONSENT_NEEDED,
  consentItemKindLabels,
  consentItemObjectLabels,
  consentItemStatusLabels,
  type ConsentDecision,
  type ReportConsentItem,
} from '@jamsessie/domain';
import type { Context } from '../context.js';
import { hashSessionToken } from '../auth/session-token.js';
import { enqueueMail } from '../mail/outbox.js';
import { consentRequestMail } from '../mail/templates/consent-request.template.js';
import { recordOwnConsentDecision } from './consent-items.service.js';
import { issueParticipantLink } from './participant-links.js';
import {
  linkRefusal,
  spendParticipantLink,
  startParticipantSession,
} from './participant-session.service.js';

/**
 * Asks the author of one exact text whether a report may use it: stores the request and mails
 * them a one-time consent link (14 days, single use) that shows this text with the buttons to
 * give or refuse. Call it inside the coordinator's transaction; wake the mailer after it.
 *
 * @example await requestConsentByMail(ctx, tx, { email, personId, reportId, reportTitle, item })
 */
export async function requestConsentByMail(
  ctx: Context,
  tx: Executor,
  input: {
    email: string;
    personId: string;
    reportId: string;
    reportTitle: string;
    item: ReportConsentItem;
  },
): Promise<ConsentRequest> {
  const request = await insertConsentRequest(tx, {
    id: randomUUID(),
    personId: input.personId,
    reportId: input.reportId,
    subject: input.item.kind,
    subjectId: input.item.subjectId,
    text: input.item.text,
    requestedAt: ctx.now().toISOString(),
    requestedBy: ctx.user?.id ?? null,
  });
  const { link, tokenHash } = await issueParticipantLink(ctx, tx, {
    purpose: 'consent',
    email: input.email,
    subjectId: request.id,
  });
  await enqueueMail(tx, {
    to: input.email,
    ...consentRequestMail(link, {
      what: consentItemObjectLabels[input.item.kind],
      reportTitle: input.reportTitle,
      text: input.item.text,
    }),
    idempotencyKey: `consent-request:${tokenHash}`,
    notBefore: ctx.now(),
    unfiltered: 'account mail',
    toPersonOf: ctx.baseUrl,
  });
  return request;
}

/** What a consent link shows before its buttons: the exact text, its kind and its report. */
export type ConsentLinkView = {
  kind: ReportConsentItem['kind'];
  kindLabel: string;
  reportTitle: string;
  text: string;
};

async function requestView(db: Executor, request: ConsentRequest): Promise<ConsentLinkView> {
  const report = await findReportById(db, request.reportId);
  return {
    kind: request.subject,
    kindLabel: consentItemKindLabels[request.subject],
    reportTitle: report?.title ?? '',
    text: request.text,
  };
}

/**
 * Looks at a consent link without using it (a mail scanner or a second look spends nothing):
 * the text it asks about and its report, or the consent link's Dutch refusal when it is
 * unknown, used or expired.
 *
 * @example const view = await viewConsentLink(ctx, { token });
 */
export async function viewConsentLink(
  ctx: Context,
  input: { token: string },
): Promise<ConsentLinkView> {
  const usable = await peekParticipantToken(
    ctx.db,
    hashSessionToken(input.token),
    'consent',
    ctx.now().toISOString(),
  );
  const request = usable?.subjectId
    ? await findConsentRequest(ctx.db, usable.subjectId)
    : undefined;
  if (!request) throw linkRefusal('consent');
  return requestView(ctx.db, request);
}

/**
 * Follows a consent link's button: spends the link (once), and records the decision about the
 * exact text the link was sent for, as given by the person by confirmed e-mail, now. The
 * address is proven, so the person's page opens too. Refused in Dutch when the link is
 * unknown, used or expired, or the request's person no longer has this address.
 *
 * @example await decideConsentByLink(ctx, { token, decision: 'give' })
 */
export async function decideConsentByLink(
  ctx: Context,
  input: { token: string; decision: ConsentDecision },
): Promise<{ decision: ConsentDecision; statusLabel: string; view: ConsentLinkView }> {
  return ctx.db.transaction().execute(async (tx) => {
    const { email, subjectId } = await spendParticipantLink(ctx, tx, input.token, 'consent');
    const request = subjectId ? await findConsentRequest(tx, subjectId) : undefined;
    const person = await findPersonByEmail(tx, email);
    if (!request || !person || person.id !== request.personId) throw linkRefusal('consent');
    await recordOwnConsentDecision(
      ctx,
      tx,
      person.id,
      {
        kind: request.subject,
        subjectId: request.subjectId,
        authorId: person.id,
        text: request.text,
        needed: CONSENT_NEEDED[request.subject],
      },
      input.decision,
    );
    await startParticipantSession(ctx, tx, email);
    return {
      decision: input.decision,
      statusLabel: consentItemStatusLabels[input.decision === 'give' ? 'given' : 'refused'],
      view: await requestView(tx, request),
    };
  });
}
