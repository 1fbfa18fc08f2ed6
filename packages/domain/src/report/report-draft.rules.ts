import { slugify, toLocalParts, type Id, type Instant } from '../shared/index.js';
import type { Dilemma } from '../dilemma/dilemma.schema.js';
import { consentAllows, type ConsentLookup } from '../people/consent.rules.js';
import type { ProtocolNote, ProtocolState } from '../protocol/protocol-state.schema.js';
import { discussedDilemmaIds, notesFor } from '../protocol/protocol.selectors.js';
import type { Reaction, Report, ReportSection } from './report.schema.js';

/** What {@link draftReport} needs; all of it is passed in (no clock, no id generation). */
export type DraftReportParams = {
  run: ProtocolState;
  dilemmas: readonly Dilemma[];
  /** Defaults to the run's quotable closing-round reactions ({@link reportReactionsOf}). */
  reactions?: readonly Reaction[];
  sessionTitle: string;
  now: Instant;
  reportId: Id;
  /** Recorded consents; where it knows nothing, the dilemma's and reaction's own level counts. */
  consentLookup?: ConsentLookup;
  themeIds?: readonly Id[];
  keywordIds?: readonly Id[];
  /** What each person A jotted down on their cue link, with their consent for the report. */
  ownerNotes?: readonly OwnerNotesForReport[];
};

/** What person A jotted down on their private cue link for one dilemma, and their consent. */
export type OwnerNotesForReport = {
  dilemmaId: Id;
  notes: string;
  consent: 'private' | 'quotable';
};

/** The mark that tells the editor (and readers) a take-away is person A's own words. */
export const OWNER_TAKEAWAY_PREFIX = 'Van persoon A: ';
const TAKEAWAY_MAX = 1000;

/**
 * Person A's own take-aways for a report section: each line A jotted down becomes one
 * take-away, marked {@link OWNER_TAKEAWAY_PREFIX}, and only when A consented to the report
 * ('quotable'); without consent nothing of it. Long lines are cut at the take-away limit.
 *
 * @example ownerTakeAways({ dilemmaId, notes: 'Vooraf met familie afspreken.', consent: 'quotable' })
 * // ['Van persoon A: Vooraf met familie afspreken.']
 */
export function ownerTakeAways(owner: OwnerNotesForReport | undefined): string[] {
  if (!owner || owner.consent !== 'quotable') return [];
  return owner.notes
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => {
      const text = `${OWNER_TAKEAWAY_PREFIX}${line}`;
      return text.length <= TAKEAWAY_MAX ? text : `${text.slice(0, TAKEAWAY_MAX - 1)}…`;
    });
}

const SUMMARY_MAX = 5000;
const texts = (notes: readonly ProtocolNote[]) => notes.map((n) => n.text);

function summaryOf(step1: ProtocolNote[], step2: ProtocolNote[], showsDilemma: boolean): string {
  const lines: string[] = [];
  const add = (label: string, items: string[]) => {
    if (items.length > 0) lines.push(`${label}: ${items.join('; ')}`);
  };
  // Step-1 notes retell the dilemma itself: only with consent to share it.
  if (showsDilemma) add('Bij het formuleren', texts(step1));
  add('Associaties', texts(step2.filter((n) => n.kind === 'association')));
  add('Vragen die opkwamen', texts(step2.filter((n) => n.kind === 'question')));
  const summary = lines.join('\n');
  return summary.length <= SUMMARY_MAX ? summary : `${summary.slice(0, SUMMARY_MAX - 1)}…`;
}

function sectionFor(params: DraftReportParams, dilemmaId: Id, number: number): ReportSection {
  const dilemma = params.dilemmas.find((d) => d.id === dilemmaId);
  const consent = dilemma
    ? (params.consentLookup?.({ subject: 'dilemma', subjectId: dilemma.id }) ?? dilemma.consent)
    : 'private';
  const shows = dilemma !== undefined && consentAllows(consent, 'shareable_anonymised');
  const notes = notesFor(params.run, dilemmaId);
  const step2 = notes.filter((n) => n.step === 2);
  return {
    dilemmaId,
    // Only a coordinator's kop goes into the heading: a title cut from the text could carry a
    // client's name and ends mid-sentence.
    heading: shows && dilemma.kop ? `Vraag ${number}: ${dilemma.kop}` : `Vraag ${number}`,
    summary: summaryOf(
      notes.filter((n) => n.step === 1),
      step2,
      shows,
    ),
    tips: texts(step2.filter((n) => n.kind === 'tip' || n.kind === 'idea')),
    takeAways: [
      ...texts(notes.filter((n) => n.step === 3)),
      ...ownerTakeAways(params.ownerNotes?.find((o) => o.dilemmaId === dilemmaId)),
    ],
    quote: null,
    dilemmaText: shows ? dilemma.text : null,
    dilemmaConsent: consent,
  };
}

/**
 * The closing-round reactions a report takes over: only those their speaker let us quote,
 * in the order they were heard, without an author (the run records no names).
 *
 * @example reportReactionsOf(run) // [{ id, text: 'Heel waardevol!', authorId: null, consent: 'quotable' }]
 */
export function reportReactionsOf(run: ProtocolState): Reaction[] {
  return run.reactions
    .filter((r) => r.consent === 'quotable')
    .map((r) => ({ id: r.id, text: r.text, authorId: null, consent: r.consent }));
}

/**
 * Drafts a report from a session run: a section per discussed dilemma (those that reached
 * step 2), in the order of the run, with tips and ideas from the step-2 notes and take-aways
 * from the step-3 notes and, when person A consented, A's own notes from the cue link
 * (marked as A's, see {@link ownerTakeAways}). A private dilemma gets only an anonymised
 * heading ("Vraag 2") and no text; with consent the heading carries the coordinator's kop (if
 * given) and the section its text. The owner's name never appears. Reactions (by default the
 * run's quotable ones) are included with their consent, so the editor sees which still need
 * permission; `publishReport` checks again.
 *
 * @example
 * draftReport({ run, dilemmas, reactions, sessionTitle: 'Jamsessie Open deuren', now, reportId })
 * // { status: 'draft', slug: 'verslag-jamsessie-open-deuren-2025-03-03', sections: [{ heading: 'Vraag 1', … }], … }
 */
export function draftReport(params: DraftReportParams): Report {
  const { run, now, reportId, consentLookup } = params;
  const date = toLocalParts(run.startedAt ?? now).date;
  const title = params.sessionTitle.replace(/\s+/g, ' ').trim().slice(0, 200) || 'Verslag';
  // The date keeps monthly sessions with the same title apart; it survives a long title.
  const base = slugify(`verslag ${title}`).slice(0, 69).replace(/-+$/, '');
  const slug = `${base}-${date}`;
  return {
    id: reportId,
    sessionId: run.sessionId,
    slug,
    title,
    intro: '',
    sections: discussedDilemmaIds(run).map((id, index) => sectionFor(params, id, index + 1)),
    tips: [],
    reactions: (params.reactions ?? reportReactionsOf(run)).map((r) => ({
      ...r,
      consent:
        consentLookup?.({
          subject: 'reaction',
          subjectId: r.id,
          ...(r.authorId ? { personId: r.authorId } : {}),
        }) ?? r.consent,
    })),
    themeIds: [...(params.themeIds ?? [])],
    keywordIds: [...(params.keywordIds ?? [])],
    attachments: [],
    status: 'draft',
    publishedAt: null,
    version: 1,
  };
}
