import { randomUUID } from 'node:crypto';
import {
  appendConsent,
  findPersonByEmail,
  listConsentRequestsOfPerson,
  listConsentsOfPerson,
  listDilemmasOfOwner,
  listReportRevisionsInvolving,
  listReportsInvolving,
  markConsentRequestsDecided,
  type ConsentRequest,
  type Executor,
} from '@jamsessie/db';
import {
  consentAllows,
  consentHistory,
  consentItemKindLabels,
  consentItemStatus,
  consentItemStatusLabels,
  consentProvenance,
  consentText,
  currentConsent,
  reportConsentItems,
  type ConsentDecision,
  type ConsentItemStatus,
  type ConsentRecord,
  type LevelConsentSubject,
  type Person,
  type Report,
  type ReportConsentItem,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context, ParticipantUser } from '../context.js';
import { toTRPCError } from '../errors.js';

/** The Dutch refusal for an item that is not (any more) the person's, or not in the report. */
export const CONSENT_ITEM_GONE =
  'Deze tekst staat niet (meer) op jouw naam in dit verslag. Laad de pagina opnieuw.';

/** The Dutch refusal when the text changed after the person looked at it. */
export const CONSENT_TEXT_CHANGED =
  'De tekst is intussen gewijzigd. Bekijk de nieuwe tekst en kies opnieuw.';

/** One text of a report that is the person's, as their page shows it. */
export type MyConsentItem = {
  reportId: string;
  reportTitle: string;
  /** Whether the report is on the website now (else a draft, or an unpublished edit). */
  reportPublished: boolean;
  kind: LevelConsentSubject;
  kindLabel: string;
  subjectId: string;
  text: string;
  status: ConsentItemStatus;
  statusLabel: string;
  /** How and when the last decision was recorded, in Dutch; null without one. */
  decided: string | null;
};

/** Which item a decision is about, with the exact text the person saw. */
export type ConsentItemRef = {
  reportId: string;
  kind: LevelConsentSubject;
  subjectId: string;
  text: string;
};

/**
 * The reports that use or want to use something of the person: the published or draft report
 * and, for a published one, its unsaved-to-the-public working copy. Each with the items of
 * theirs it holds (one entry per distinct text).
 */
async function reportsOfPerson(db: Executor, person: Person) {
  const dilemmaIds = (await listDilemmasOfOwner(db, person.id)).map((d) => d.id);
  const own = new Set(dilemmaIds);
  const ownerOf = (id: string) => (own.has(id) ? person.id : null);
  const [reports, revisions] = await Promise.all([
    listReportsInvolving(db, person.id, dilemmaIds),
    listReportRevisionsInvolving(db, person.id, dilemmaIds),
  ]);
  const byId = new Map<string, { report: Report; items: ReportConsentItem[] }>();
  const add = (report: Report, title: Report) => {
    const entry = byId.get(title.id) ?? { report: title, items: [] };
    for (const item of reportConsentItems(report, ownerOf)) {
      if (item.authorId !== person.id) continue;
      const known = entry.items.some(
        (i) =>
          i.kind === item.kind &&
          i.subjectId === item.subjectId &&
          consentText(i.text) === consentText(item.text),
      );
      if (!known) entry.items.push(item);
    }
    byId.set(title.id, entry);
  };
  for (const report of reports) add(report, report);
  for (const { reportId, report } of revisions) {
    add(report, reports.find((r) => r.id === reportId) ?? report);
  }
  return [...byId.values()];
}

/** The moment consent for this very text was last asked and not yet answered, or null. */
function openRequestAt(requests: readonly ConsentRequest[], item: ReportConsentItem) {
  const open = requests.filter(
    (r) =>
      r.decidedAt === null &&
      r.subject === item.kind &&
      r.subjectId === item.subjectId &&
      consentText(r.text) === consentText(item.text),
  );
  return open.at(-1)?.requestedAt ?? null;
}

/**
 * "Citaten en reacties": every quote, reaction or dilemma text of the person that a report
 * uses or wants to use, with the exact text, the report and where their consent stands.
 *
 * @example const items = await listMyConsentItems(db, person);
 */
export async function listMyConsentItems(
  db: Executor,
  person: Person | undefined,
): Promise<MyConsentItem[]> {
  if (!person) return [];
  const [reports, records, requests] = await Promise.all([
    reportsOfPerson(db, person),
    listConsentsOfPerson(db, person.id),
    listConsentRequestsOfPerson(db, person.id),
  ]);
  return reports.flatMap(({ report, items }) =>
    items.map((item) => {
      const status = consentItemStatus(item, records, openRequestAt(requests, item));
      const last = consentHistory(records, item.kind, item.subjectId, person.id).at(-1);
      return {
        reportId: report.id,
        reportTitle: report.title,
        reportPublished: report.status === 'published',
        kind: item.kind,
        kindLabel: consentItemKindLabels[item.kind],
        subjectId: item.subjectId,
        text: item.text,
        status,
        statusLabel: consentItemStatusLabels[status],
        // "gegeven door de persoon …" only where consent stands; else when it was recorded.
        decided: last
          ? consentProvenance(status === 'given' ? last : { ...last, method: null })
          : null,
      };
    }),
  );
}

/**
 * The person's item that `ref` names, as a report uses it now (the exact text included), or a
 * Dutch refusal: `CONSENT.NOT_FOUND` when it is not theirs or not in that report,
 * `CONSENT.TEXT_CHANGED` when the report no longer uses the text they saw.
 */
export async function findMyConsentItem(
  db: Executor,
  person: Person | undefined,
  ref: ConsentItemRef,
  options: { anyText?: boolean } = {},
): Promise<ReportConsentItem> {
  const gone = () => toTRPCError({ code: 'CONSENT.NOT_FOUND', message: CONSENT_ITEM_GONE });
  if (!person) throw gone();
  const entry = (await reportsOfPerson(db, person)).find((r) => r.report.id === ref.reportId);
  const candidates = (entry?.items ?? []).filter(
    (i) => i.kind === ref.kind && i.subjectId === ref.subjectId,
  );
  if (candidates.length === 0) throw gone();
  const item =
    candidates.find((i) => consentText(i.text) === consentText(ref.text)) ??
    (options.anyText ? candidates[0] : undefined);
  if (!item) {
    throw toTRPCError({ code: 'CONSENT.TEXT_CHANGED', message: CONSENT_TEXT_CHANGED });
  }
  return item;
}

/**
 * "Toestemming geven / weigeren" on the person's page: the decision about one of their items.
 * Giving needs the text they saw to be the text the report uses now (else
 * `CONSENT.TEXT_CHANGED`); refusing (withdrawing) works whatever the text. Returns the items
 * as they stand after it.
 *
 * @example await decideMyConsentItem(ctx, ctx.participant, { reportId, kind: 'quote', subjectId, text, decision: 'refuse' })
 */
export async function decideMyConsentItem(
  ctx: Context,
  participant: ParticipantUser,
  input: ConsentItemRef & { decision: ConsentDecision },
): Promise<MyConsentItem[]> {
  return ctx.db.transaction().execute(async (tx) => {
    const person = await findPersonByEmail(tx, participant.email);
    const item = await findMyConsentItem(tx, person, input, {
      anyText: input.decision === 'refuse',
    });
    await recordOwnConsentDecision(ctx, tx, person!.id, item, input.decision);
    return listMyConsentItems(tx, person);
  });
}

/**
 * Records the person's own decision about one item, given through a proven address (a link,
 * or their page opened by one): `give` approves exactly this text (at least the level the
 * item needs, never lower than a level they already gave), `refuse` records `private` for
 * any text, which takes the item out of every public report at once. Answers their open
 * requests about it; audited. Call it inside a transaction.
 *
 * @example await recordOwnConsentDecision(ctx, tx, person.id, item, 'give')
 */
export async function recordOwnConsentDecision(
  ctx: Context,
  tx: Executor,
  personId: string,
  item: ReportConsentItem,
  decision: ConsentDecision,
): Promise<ConsentRecord> {
  const at = ctx.now().toISOString();
  const history = consentHistory(
    await listConsentsOfPerson(tx, personId),
    item.kind,
    item.subjectId,
    personId,
  );
  const before = currentConsent(history, item.kind, item.subjectId, personId);
  const record = await appendConsent(tx, {
    id: randomUUID(),
    personId,
    subject: item.kind,
    subjectId: item.subjectId,
    level:
      decision === 'refuse' ? 'private' : consentAllows(before, item.needed) ? before : item.needed,
    at,
    by: null,
    method: 'confirmed_email',
    text: decision === 'give' ? item.text : null,
  });
  await markConsentRequestsDecided(
    tx,
    { personId, subject: item.kind, subjectId: item.subjectId },
    at,
  );
  await audit(ctx, tx, {
    action: decision === 'give' ? 'consent.give_by_person' : 'consent.refuse_by_person',
    entity: 'consent',
    entityId: record.id,
    details: { personId, subject: item.kind, subjectId: item.subjectId },
  });
  return record;
}
