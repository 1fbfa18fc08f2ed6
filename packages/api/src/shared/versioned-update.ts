import type { Executor, WriteResult } from '@jamsessie/db';
import type { NotFoundEntity } from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { changedKeys, expectVersion, found, saved } from './admin.helpers.js';

/** A row edited under optimistic locking: every edit names the version it was based on. */
export type Versioned = { readonly id: string; readonly version: number };

/**
 * How one kind of versioned row is read, saved and named, so {@link updateVersioned} can edit
 * it. Declare it once per aggregate beside its router.
 *
 * @example const themeRows: VersionedRows<Theme> = { entity: 'theme', notFound: 'THEME', notFoundMessage: 'Dit thema bestaat niet (meer).', find: findThemeById, save: updateTheme };
 */
export type VersionedRows<T extends Versioned> = {
  /** The entity in the stale-edit refusal and the audit log, e.g. `'week_day'`. */
  readonly entity: string;
  /** The entity of the `<ENTITY>.NOT_FOUND` refusal when the row is gone. */
  readonly notFound: NotFoundEntity;
  /** The Dutch message of that refusal. */
  readonly notFoundMessage: string;
  readonly find: (tx: Executor, id: string) => Promise<T | undefined>;
  /** The repository's versioned update: a stale version comes back as a failure. */
  readonly save: (tx: Executor, next: T) => Promise<WriteResult<T>>;
};

/** One edit of a versioned row: what changes, and what the audit log says about it. */
export type VersionedEdit<T extends Versioned> = {
  /** The audit action; `<entity>.update` when absent. */
  readonly action?: string;
  /**
   * The row as it should be stored, from the current one: merges the input and runs the rules
   * (refusing throws and rolls the transaction back). The version is set by the helper.
   */
  readonly change: (current: T, tx: Executor) => T | Promise<T>;
  /** The audit details; by default the names (never the values) of the changed fields. */
  readonly details?: (current: T, stored: T) => Record<string, unknown>;
};

/**
 * The one path of a coordinator's versioned edit, inside the caller's transaction: find the
 * row (NOT_FOUND when gone) → refuse a stale version before any rule runs (CONFLICT) → change
 * → save with the version the edit was based on (CONFLICT when someone saved meanwhile) →
 * audit. Gives the stored row and the one it replaced.
 *
 * @example
 * const { stored } = await updateVersioned(ctx, tx, themeRows, input, {
 *   change: (current) => ({ ...current, ...givenFields(input) }),
 * });
 */
export async function updateVersioned<T extends Versioned>(
  ctx: Pick<Context, 'user' | 'now'>,
  tx: Executor,
  rows: VersionedRows<T>,
  ref: Versioned,
  edit: VersionedEdit<T>,
): Promise<{ current: T; stored: T }> {
  const current = found(await rows.find(tx, ref.id), rows.notFound, rows.notFoundMessage);
  expectVersion(rows.entity, current, ref.version);
  const next: T = { ...(await edit.change(current, tx)), id: current.id, version: ref.version };
  const stored = saved(await rows.save(tx, next));
  await audit(ctx, tx, {
    action: edit.action ?? `${rows.entity}.update`,
    entity: rows.entity,
    entityId: stored.id,
    details: edit.details
      ? edit.details(current, stored)
      : { changed: changedKeys(current, { ...next, version: current.version }) },
  });
  return { current, stored };
}
