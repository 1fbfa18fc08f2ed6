import type { Columns } from './columns.js';
import type { Generated, Insertable, Selectable } from 'kysely';

/** `theme`: e.g. "Open deuren"; sessions, series rotations and reports point at themes. */
export interface ThemeTable {
  id: Generated<string>;
  slug: string;
  label: string;
  description: string | null;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** `keyword`: tags on reports (Naasten, Vrijwilligers, zeggenschap, ...). */
export interface KeywordTable {
  id: Generated<string>;
  slug: string;
  label: string;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

/** A selected theme row. */
export type ThemeRow = Selectable<ThemeTable>;
/** A theme row to insert. */
export type NewThemeRow = Insertable<ThemeTable>;
/** A selected keyword row. */
export type KeywordRow = Selectable<KeywordTable>;
/** A keyword row to insert. */
export type NewKeywordRow = Insertable<KeywordTable>;

/** The columns of `ThemeTable`, for the schema check. */
export const themeColumns = {
  id: 'uuid',
  slug: 'text',
  label: 'text',
  description: 'text?',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<ThemeTable>;
/** The columns of `KeywordTable`, for the schema check. */
export const keywordColumns = {
  id: 'uuid',
  slug: 'text',
  label: 'text',
  version: 'int4',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} satisfies Columns<KeywordTable>;
