import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { CONSENT_LINK_INVALID } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAll, readMail } from '../mail/testing/mail.testing.js';
import {
  aCoordinator,
  callerFor,
  openSeededDatabase,
  recordingParticipantCookies,
} from '../testing/api-harness.testing.js';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink.testing.js';

const WENDY = 'wendy.maas@delinde.example';
const SANNE = 'sanne.willems@delinde.example';
const REPORT_SLUG = 'korte-jamsessies-vrijheid-smaken-naar-meer';
/** A week after the March report went public (its consents were recorded at the session). */
const T0 = new Date('2025-04-01T08:00:00.000Z');
const daysLater = (days: number) => new Date(T0.getTime() + days * 24 * 60 * 60_000);

describe.each(databaseKindsUnderTest())('consent by link for quotes on %s', (kind) => {
  let handle: DatabaseHandle;
  let sink: SmtpSink;
  let reportId = '';
  const coordinator = (now = T0) => callerFor(handle.db, { now, user: aCoordinator() });
  const visitor = (now = T0) => callerFor(handle.db, { now, clientKey: `consent-${kind}` });
  const signedIn = (email: string, now = T0) =>
    callerFor(handle.db, { now, participant: { email, sessionId: 'x' } });
  const personId = async (email: string) =>
    (
      await handle.db
        .selectFrom('person')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
  /** Delivers the outbox through the real SMTP sink; the consent token last mailed to `to`. */
  const consentLinkMailedTo = async (to: string, now: Date) => {
    await deliverAll(handle.db, sink, now);
    const mail = sink.received
      .map(readMail)
      .filter((m) => m.to.includes(to))
      .at(-1);
    const token = /\/mijn-gegevens#toestemming=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
    if (!mail || !token) throw new Error(`no consent link mailed to ${to}`);
    return { mail, token };
  };
  const quoteOf = async () => {
    const { report } = await coordinator().admin.reports.get({ id: reportId });
    const section = report.sections.find((s) => s.quote)!;
    return { report, section, quote: section.quote! };
  };
  const itemStatus = async (kind: string, subjectId: string) =>
    (await coordinator().admin.reports.consents.items({ id: reportId })).find(
      (i) => i.kind === kind && i.subjectId === subjectId,
    )?.statusLabel;
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as { message: string; code: string },
    );

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    sink = await startSmtpSink();
    reportId = (await visitor().reports.bySlug({ slug: REPORT_SLUG })).report.id;
  });
  afterAll(async () => {
    await sink.close();
    await handle.close();
  });

  it('records consent given by link with how, when and the exact text, and refuses the link a second time', async () => {
    const { section, quote } = await quoteOf();
    await coordinator().admin.reports.consents.request({
      reportId,
      kind: 'quote',
      subjectId: section.dilemmaId,
    });
    const { mail, token } = await consentLinkMailedTo(WENDY, daysLater(1));
    expect(mail.text).toContain(quote.text.slice(0, 40));
    expect(mail.text).toContain('/mijn-gegevens');

    // Looking spends nothing: the page shows the text before its buttons.
    const view = await visitor(daysLater(2)).participant.consentLink({ token });
    expect(view).toMatchObject({ kind: 'quote', text: quote.text });
    const cookies = recordingParticipantCookies();
    const decidedAt = daysLater(3);
    await callerFor(handle.db, {
      now: decidedAt,
      participantCookies: cookies,
    }).participant.decideByLink({ token, decision: 'give' });
    expect(cookies.set).toHaveLength(1);

    const { consents } = await coordinator().admin.people.export({
      personId: await personId(WENDY),
    });
    expect(consents.at(-1)).toMatchObject({
      subject: 'quote',
      subjectId: section.dilemmaId,
      level: 'quotable',
      method: 'confirmed_email',
      by: null,
      at: decidedAt.toISOString(),
      text: quote.text,
      given: expect.stringContaining('via bevestigd e-mailadres') as string,
    });
    const stored = await handle.db
      .selectFrom('consent')
      .select(['text', 'method', 'at'])
      .where('subject', '=', 'quote')
      .where('method', '=', 'confirmed_email')
      .executeTakeFirstOrThrow();
    expect(stored.text).toBe(quote.text);
    expect(await itemStatus('quote', section.dilemmaId)).toBe('toestemming gegeven');

    const reused = await refusalOf(
      visitor(daysLater(3)).participant.decideByLink({ token, decision: 'refuse' }),
    );
    expect(reused?.message).toBe(CONSENT_LINK_INVALID);
    expect(await refusalOf(visitor(daysLater(3)).participant.consentLink({ token }))).toMatchObject(
      { message: CONSENT_LINK_INVALID },
    );
  });

  it('refuses an expired consent link in Dutch and records nothing', async () => {
    const { report } = await quoteOf();
    const reaction = report.reactions[0]!;
    await coordinator().admin.reports.consents.request({
      reportId,
      kind: 'reaction',
      subjectId: reaction.id,
    });
    const { token } = await consentLinkMailedTo(SANNE, T0);
    const before = await handle.db.selectFrom('consent').select('id').execute();
    const expired = await refusalOf(
      visitor(daysLater(15)).participant.decideByLink({ token, decision: 'refuse' }),
    );
    expect(expired?.message).toBe(CONSENT_LINK_INVALID);
    expect(expired?.message).toContain('14 dagen');
    expect(await handle.db.selectFrom('consent').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('asks a new approval for a changed text and publishes it only once approved', async () => {
    const { report, section, quote } = await quoteOf();
    const changed = `${quote.text} Dat zeg ik nog steeds.`;
    const working = await coordinator().admin.reports.update({
      id: reportId,
      version: report.version,
      sections: report.sections.map((s) =>
        s.dilemmaId === section.dilemmaId ? { ...s, quote: { ...quote, text: changed } } : s,
      ),
    });
    expect(await itemStatus('quote', section.dilemmaId)).toBe(
      'tekst gewijzigd: opnieuw toestemming nodig',
    );
    const refused = await refusalOf(
      coordinator().admin.reports.publishChanges({ id: reportId, version: working.version }),
    );
    expect(refused?.message).toContain('Publiceren kan nog niet');

    await coordinator(daysLater(5)).admin.reports.consents.request({
      reportId,
      kind: 'quote',
      subjectId: section.dilemmaId,
    });
    expect(await itemStatus('quote', section.dilemmaId)).toBe(
      'toestemming gevraagd, nog geen antwoord',
    );
    // On her page, Wendy sees the text the report wants to use now, and approves it.
    const mine = await signedIn(WENDY).participant.mine.consentItems();
    const wanted = mine.find((i) => i.kind === 'quote' && i.text === changed);
    expect(wanted).toMatchObject({ status: 'requested', reportTitle: report.title });
    const stale = await refusalOf(
      signedIn(WENDY).participant.mine.decideConsent({
        ...wanted!,
        text: 'Een tekst die het verslag niet gebruikt.',
        decision: 'give',
      }),
    );
    expect(stale?.message).toBe(
      'De tekst is intussen gewijzigd. Bekijk de nieuwe tekst en kies opnieuw.',
    );
    await signedIn(WENDY, daysLater(6)).participant.mine.decideConsent({
      ...wanted!,
      decision: 'give',
    });
    await coordinator().admin.reports.publishChanges({ id: reportId, version: working.version });
    const { report: published } = await visitor().reports.bySlug({ slug: REPORT_SLUG });
    expect(published.sections.map((s) => s.quote?.text)).toContain(changed);
  });

  it('takes a withdrawn reaction out of the published report at once; the report stays', async () => {
    const items = await signedIn(SANNE).participant.mine.consentItems();
    const reaction = items.find((i) => i.kind === 'reaction')!;
    expect(reaction).toMatchObject({ status: 'given', reportPublished: true });
    const { report: before } = await visitor().reports.bySlug({ slug: REPORT_SLUG });
    expect(before.reactions.map((r) => r.text)).toContain(reaction.text);

    const after = await signedIn(SANNE, daysLater(4)).participant.mine.decideConsent({
      ...reaction,
      decision: 'refuse',
    });
    expect(after.find((i) => i.subjectId === reaction.subjectId)?.statusLabel).toBe(
      'toestemming ingetrokken',
    );
    const { report: now } = await visitor().reports.bySlug({ slug: REPORT_SLUG });
    expect(now.title).toBe(before.title);
    expect(now.reactions.map((r) => r.text)).not.toContain(reaction.text);
    expect(now.reactions).toHaveLength(before.reactions.length - 1);
    expect(await itemStatus('reaction', reaction.subjectId)).toBe('toestemming ingetrokken');
    const found = await visitor().reports.list({
      q: reaction.text.split(' ').slice(0, 3).join(' '),
    });
    expect(JSON.stringify(found)).not.toContain(reaction.text);
  });

  it("shows a person's page only their own texts, and refuses someone else's", async () => {
    const wendys = await signedIn(WENDY).participant.mine.consentItems();
    const sannes = await signedIn(SANNE).participant.mine.consentItems();
    const theirs = sannes.find((i) => i.kind === 'reaction')!;
    expect(wendys.map((i) => i.subjectId)).not.toContain(theirs.subjectId);
    const refused = await refusalOf(
      signedIn(WENDY).participant.mine.decideConsent({ ...theirs, decision: 'give' }),
    );
    expect(refused?.code).toBe('NOT_FOUND');
  });
});
