import type { Id } from '../shared/index.js';
import type { Dilemma } from '../dilemma/dilemma.schema.js';
import type { ProtocolState } from '../protocol/protocol-state.schema.js';
import type { Report } from '../report/report.schema.js';
import { consentLookupFrom } from './consent.rules.js';
import type { PersonRelated } from './person-export.rules.js';
import { ERASED_NAME, type Person } from './person.schema.js';

/** A stored text that mentions the erased person's name and needs a human look. */
export type TextToCheck = { kind: 'dilemma' | 'report' | 'protocol_note'; id: Id; excerpt: string };

/** What to change in storage to erase a person; only changed items are listed. */
export type ErasurePlan = {
  /** Delete this person. */
  personId: Id;
  /** Delete these consent records (their last levels are copied onto the content first). */
  consentRecordIds: Id[];
  /** Store these dilemmas: owner reference null, name replaced by "Deelnemer". */
  dilemmas: Dilemma[];
  /** Store these reports: author references of reactions and quotes null, texts kept. */
  reports: Report[];
  /** Store these runs: the owner's name in their dilemmas' references replaced. */
  protocols: ProtocolState[];
  /** Free texts that mention the person's name: the rules cannot rewrite those safely. */
  textsToCheck: TextToCheck[];
};

function nameMatcher(name: string): RegExp | null {
  const words = [name.trim(), name.trim().split(/\s+/)[0] ?? ''].filter((w) => w.length >= 3);
  if (words.length === 0) return null;
  const escaped = [...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'iu');
}

/**
 * The rules of erasure on request: the person and their consent records go; what they wrote
 * stays (reports keep their text, which others' tips and the group's learning depend on), but
 * every reference to them becomes null and their name becomes "Deelnemer". Before the consent
 * records go, their last recorded level is copied onto the dilemma, quote or reaction, so a
 * withdrawal is never undone by the erasure. Texts that mention the name are listed to check.
 *
 * @example
 * const plan = erasePerson(person, { consentRecords, dilemmas, reports, protocols });
 * // delete plan.personId and plan.consentRecordIds, store plan.dilemmas/reports/protocols
 */
export function erasePerson(
  person: Person,
  related: PersonRelated & { protocols?: readonly ProtocolState[] } = {},
): ErasurePlan {
  const records = (related.consentRecords ?? []).filter((r) => r.personId === person.id);
  const lookup = consentLookupFrom(records);
  const ownDilemmas = (related.dilemmas ?? []).filter((d) => d.ownerId === person.id);
  const ownIds = new Set(ownDilemmas.map((d) => d.id));

  const dilemmas = ownDilemmas.map((d) => ({
    ...d,
    ownerId: null,
    ownerName: d.ownerName === null ? null : ERASED_NAME,
    consent: lookup({ subject: 'dilemma', subjectId: d.id }) ?? d.consent,
  }));

  const reports = (related.reports ?? []).flatMap((report) => {
    let changed = false;
    const sections = report.sections.map((s) => {
      const quote = s.quote;
      if (quote?.authorId !== person.id && !ownIds.has(s.dilemmaId)) return s;
      changed = true;
      return {
        ...s,
        dilemmaConsent: ownIds.has(s.dilemmaId)
          ? (lookup({ subject: 'dilemma', subjectId: s.dilemmaId }) ?? s.dilemmaConsent)
          : s.dilemmaConsent,
        quote:
          quote && quote.authorId === person.id
            ? {
                ...quote,
                authorId: null,
                consent:
                  lookup({ subject: 'quote', subjectId: quote.dilemmaId ?? s.dilemmaId }) ??
                  quote.consent,
              }
            : quote,
      };
    });
    const reactions = report.reactions.map((r) => {
      if (r.authorId !== person.id) return r;
      changed = true;
      return {
        ...r,
        authorId: null,
        consent: lookup({ subject: 'reaction', subjectId: r.id }) ?? r.consent,
      };
    });
    return changed ? [{ ...report, sections, reactions }] : [];
  });

  const protocols = (related.protocols ?? []).flatMap((run) =>
    run.dilemmas.some((d) => ownIds.has(d.dilemmaId) && d.ownerName !== null)
      ? [
          {
            ...run,
            dilemmas: run.dilemmas.map((d) =>
              ownIds.has(d.dilemmaId) && d.ownerName !== null
                ? { ...d, ownerName: ERASED_NAME }
                : d,
            ),
          },
        ]
      : [],
  );

  return {
    personId: person.id,
    consentRecordIds: records.map((r) => r.id),
    dilemmas,
    reports,
    protocols,
    textsToCheck: textsMentioning(person.displayName, related),
  };
}

function textsMentioning(
  name: string,
  related: PersonRelated & { protocols?: readonly ProtocolState[] },
): TextToCheck[] {
  const re = nameMatcher(name);
  if (!re) return [];
  const found: TextToCheck[] = [];
  const check = (kind: TextToCheck['kind'], id: Id, texts: readonly (string | null)[]) => {
    for (const text of texts) {
      const m = text ? re.exec(text) : null;
      if (text && m) {
        const from = Math.max(0, m.index - 30);
        found.push({ kind, id, excerpt: text.slice(from, m.index + m[0].length + 30).trim() });
        return;
      }
    }
  };
  for (const d of related.dilemmas ?? []) check('dilemma', d.id, [d.text, ...d.followUpQuestions]);
  for (const r of related.reports ?? []) {
    check('report', r.id, [
      r.title,
      r.intro,
      ...r.tips,
      ...r.reactions.map((x) => x.text),
      ...r.sections.flatMap((s) => [
        s.heading,
        s.summary,
        s.dilemmaText,
        s.quote?.text ?? null,
        ...s.tips,
        ...s.takeAways,
      ]),
    ]);
  }
  for (const run of related.protocols ?? []) {
    for (const n of run.notes) check('protocol_note', n.id, [n.text]);
  }
  return found;
}
