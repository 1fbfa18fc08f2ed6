import type { Columns } from './columns.js';

/**
 * `data_version`: one counter per public table (session, series, theme, movement, week_edition,
 * programme_item), raised once by every transaction that changed it or its child tables when
 * it commits (triggers, migration 2026_11_23_200100). Caches compare it; nobody writes it.
 */
export interface DataVersionTable {
  table_name: string;
  version: number;
}

/** The columns of `DataVersionTable`, for the schema check. */
export const dataVersionColumns = {
  table_name: 'text',
  version: 'int8',
} satisfies Columns<DataVersionTable>;
