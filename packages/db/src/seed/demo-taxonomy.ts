import type { Keyword, Theme } from '@jamsessie/domain';
import { slugify } from '@jamsessie/domain';
import { demoId } from './demo-ids.js';

/** The id of a demo theme by its slug. */
export const themeId = (slug: string): string => demoId(`theme:${slug}`);
/** The id of a demo keyword by its label (the label as it appears in the report's tag list). */
export const keywordId = (label: string): string => demoId(`keyword:${slugify(label)}`);

/** Slug of the series theme about open doors of nursing homes. */
export const OPEN_DEUREN = 'open-deuren';
/** Slug of the series theme about freedom and safety at home (the Wzd in the home situation). */
export const THUISSITUATIE = 'vrijheid-en-veiligheid-thuissituatie';

/** The two series themes and the two site themes the 3 March report is tagged with. */
export function demoThemes(): Theme[] {
  return [
    {
      id: themeId(OPEN_DEUREN),
      slug: OPEN_DEUREN,
      label: 'Open deuren',
      description:
        'De deuren van het verpleeghuis open: wat heb je nodig om volgende stappen te zetten, tegen welke dilemma’s loop je aan?',
      version: 1,
    },
    {
      id: themeId(THUISSITUATIE),
      slug: THUISSITUATIE,
      label: 'Vrijheid en veiligheid voor het levensgeluk in de thuissituatie',
      description:
        'Vrijheid en veiligheid voor het levensgeluk van cliënten (Wet zorg en dwang) in de thuissituatie.',
      version: 1,
    },
    {
      id: themeId('zorgzame-gemeenschappen'),
      slug: 'zorgzame-gemeenschappen',
      label: 'Zorgzame gemeenschappen',
      version: 1,
    },
    {
      id: themeId('voorbij-sectoren'),
      slug: 'voorbij-sectoren',
      label: 'Voorbij sectoren',
      version: 1,
    },
  ];
}

/** The tag list under the 3 March 2025 report, in its order. */
export const REPORT_KEYWORD_LABELS = [
  'Behandelaars',
  'Buurtbewoners',
  'Medewerkers',
  'Naasten',
  'radicale vernieuwing',
  'verpleeghuiszorg & thuis',
  'samen werken',
  'samenleving',
  'Van regels naar relaties',
  'Vrijwilligers',
  'waardevol leven',
  'Winkeliers',
  'zeggenschap',
] as const;

/** The keywords of the report's tag list. */
export function demoKeywords(): Keyword[] {
  return REPORT_KEYWORD_LABELS.map((label) => ({
    id: keywordId(label),
    slug: slugify(label),
    label,
    version: 1,
  }));
}
