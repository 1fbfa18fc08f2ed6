import {
  findClientNameHitsInFields,
  type ClientNameFieldHit,
  type PublicTextField,
} from '../dilemma/client-name-fields.rules.js';
import { publicReport, type PublicReport } from './report-public.js';
import type { Report } from './report.schema.js';

// Keys of the public projection that hold no words a person wrote.
const NOT_TEXT = new Set([
  'id',
  'sessionId',
  'slug',
  'themeIds',
  'keywordIds',
  'url',
  'publishedAt',
]);

const TOP_LABELS: Readonly<Record<string, string>> = {
  title: 'Titel',
  intro: 'Inleiding',
  tips: 'Tips',
  reactions: 'Reacties',
  attachments: 'Bijlagen',
};

const SECTION_LABELS: Readonly<Record<string, string>> = {
  heading: 'kop',
  summary: 'samenvatting',
  tips: 'tips',
  takeAways: 'wat de inbrenger meeneemt',
  dilemmaText: 'tekst van de vraag',
  quote: 'citaat',
};

function labelOf(path: readonly (string | number)[]): string {
  const [head, index, key] = path;
  if (head === 'sections' && typeof index === 'number') {
    return `Vraag ${index + 1}, ${SECTION_LABELS[String(key)] ?? String(key)}`;
  }
  return TOP_LABELS[String(head)] ?? String(head);
}

function collect(
  value: unknown,
  path: (string | number)[],
  into: PublicTextField[],
): PublicTextField[] {
  if (typeof value === 'string') {
    into.push({ field: path.join('.'), label: labelOf(path), text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, [...path, index], into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_TEXT.has(key)) collect(item, [...path, key], into);
    }
  }
  return into;
}

/**
 * Every text of a report's public projection, with its path and a Dutch label. It walks the
 * projection itself, so a field added to `PublicReport` is checked without being listed here.
 *
 * @example reportPublicTextFields(pub)[0] // { field: 'title', label: 'Titel', text: 'Verslag …' }
 */
export function reportPublicTextFields(pub: PublicReport): PublicTextField[] {
  return collect(pub, [], []);
}

/**
 * The passages in what the public would see of this report that may identify a client,
 * leaving out those a coordinator marked "geen cliëntgegeven". Pass the report with its
 * consents refreshed, so only text that would really be shown is checked.
 *
 * @example reportClientNameHits(refreshReportConsents(report, lookup), cleared)
 * // [{ field: 'sections.0.dilemmaText', label: 'Vraag 1, tekst van de vraag', kind: 'title_and_name', … }]
 */
export function reportClientNameHits(
  report: Report,
  cleared: ReadonlySet<string> = new Set(),
): ClientNameFieldHit[] {
  const pub = publicReport(report, { preview: true });
  return pub ? findClientNameHitsInFields(reportPublicTextFields(pub), cleared) : [];
}
