import type { Columns } from './columns.js';

/**
 * `herkenbaar_key`: the installation's one HMAC key for "herkenbaar" marks (one row, id 1),
 * made by the migration from the database's random source. Never leaves the server.
 */
export interface HerkenbaarKeyTable {
  id: number;
  secret: string;
}

/**
 * `herkenbaar_mark`: one participant's "herkenbaar" on one question, as an HMAC of their
 * proven address and the question (hex), never the address or a person id; no time kept.
 */
export interface HerkenbaarMarkTable {
  mark_key: string;
  dilemma_id: string;
}

/** The columns of `HerkenbaarKeyTable`, for the schema check. */
export const herkenbaarKeyColumns = {
  id: 'int4',
  secret: 'text',
} satisfies Columns<HerkenbaarKeyTable>;

/** The columns of `HerkenbaarMarkTable`, for the schema check. */
export const herkenbaarMarkColumns = {
  mark_key: 'text',
  dilemma_id: 'uuid',
} satisfies Columns<HerkenbaarMarkTable>;
