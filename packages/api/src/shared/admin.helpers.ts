import type { WriteResult, Executor } from '@jamsessie/db';
import {
  notFoundCode,
  STALE_EDIT_MESSAGE,
  type DomainError,
  type DomainErrorCode,
  type NotFoundEntity,
} from '@jamsessie/domain';
import { audit } from '../audit/audit.js';
import type { Context } from '../context.js';
import { toTRPCError } from '../errors.js';

/** The domain code of a stale edit; `trpcCodeFor` maps it to CONFLICT. */
export const STALE_CODE = 'CONFLICT.STALE_VERSION' satisfies DomainErrorCode;

/**
 * The refusal for an edit whose `version` is not the stored one.
 *
 * @example throw toTRPCError(staleVersion('session', id, 3, 4));
 */
export function staleVersion(
  entity: string,
  id: string,
  expectedVersion: number,
  currentVersion?: number,
): DomainError {
  return {
    code: STALE_CODE,
    message: STALE_EDIT_MESSAGE,
    details: {
      entity,
      id,
      expectedVersion,
      ...(currentVersion !== undefined ? { currentVersion } : {}),
    },
  };
}

/**
 * Refuses (CONFLICT) before any rule runs when the caller's version is not the stored one, so
 * a stale edit never reaches the domain or the database.
 *
 * @example expectVersion('session', session, input.version);
 */
export function expectVersion(
  entity: string,
  current: { id: string; version: number },
  version: number,
): void {
  if (current.version !== version) {
    throw toTRPCError(staleVersion(entity, current.id, version, current.version));
  }
}

/**
 * Unwraps a repository write: a stale version becomes CONFLICT with {@link STALE_EDIT_MESSAGE},
 * any other refusal goes through `toTRPCError` as it is. Throwing inside the transaction
 * rolls the whole mutation (and its audit entry) back.
 *
 * @example const stored = saved(await updateSession(tx, { ...changed, version: input.version }));
 */
export function saved<T>(result: WriteResult<T>): T {
  if (result.ok) return result.value;
  const error =
    result.error.code === STALE_CODE
      ? { ...result.error, message: STALE_EDIT_MESSAGE }
      : result.error;
  throw toTRPCError(error);
}

/**
 * Refuses a versioned delete that matched no row: NOT_FOUND when the row is gone, CONFLICT
 * (with {@link STALE_EDIT_MESSAGE}) when it exists with another version.
 *
 * @example if (outcome !== 'deleted') refuseMissingOrStale(outcome, 'programme_item', id, version, 'Bestaat niet.');
 */
export function refuseMissingOrStale(
  outcome: 'stale' | 'missing',
  entity: Lowercase<NotFoundEntity>,
  id: string,
  version: number,
  notFoundMessage: string,
): never {
  if (outcome === 'missing')
    refuse(notFoundCode(entity.toUpperCase() as NotFoundEntity), notFoundMessage);
  throw toTRPCError(staleVersion(entity, id, version));
}

/** What a versioned delete was asked to remove, and what to say when it is gone. */
export type DeleteTarget = {
  readonly entity: Lowercase<NotFoundEntity>;
  readonly id: string;
  readonly version: number;
  readonly notFoundMessage: string;
};

/**
 * Finishes a versioned delete inside its transaction: refuses (and so rolls back) when nothing
 * was deleted, else writes the `<entity>.delete` audit row and gives the answer every delete
 * procedure returns.
 *
 * @example return finishDelete(ctx, tx, await deleteTheme(tx, id, version), { entity: 'theme', id, version, notFoundMessage });
 */
export async function finishDelete(
  ctx: Pick<Context, 'user' | 'now'>,
  tx: Executor,
  outcome: 'deleted' | 'stale' | 'missing',
  target: DeleteTarget,
): Promise<{ id: string; deleted: true }> {
  const { entity, id, version, notFoundMessage } = target;
  if (outcome !== 'deleted') refuseMissingOrStale(outcome, entity, id, version, notFoundMessage);
  await audit(ctx, tx, { action: `${entity}.delete`, entity, entityId: id });
  return { id, deleted: true };
}

/**
 * Returns the value or refuses with `<ENTITY>.NOT_FOUND` and a Dutch message.
 *
 * @example const session = found(await findSessionById(tx, id), 'SESSION', 'Deze sessie bestaat niet (meer).');
 */
export function found<T>(value: T | undefined | null, entity: NotFoundEntity, message: string): T {
  if (value === undefined || value === null) {
    throw toTRPCError({ code: notFoundCode(entity), message });
  }
  return value;
}

/**
 * Refuses a request with a domain code and a Dutch message (mapped by `toTRPCError`).
 *
 * @example refuse('SERIES.INVALID_DATE', 'Deze datum hoort niet bij de planning.', { date });
 */
export function refuse(
  code: DomainErrorCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): never {
  throw toTRPCError(details ? { code, message, details } : { code, message });
}

/**
 * The fields of a partial update that were actually given (zod's `.partial()` leaves absent
 * keys as `undefined`; spreading those would erase stored values).
 *
 * @example { ...session, ...givenFields({ title: 'Nieuw', description: undefined }) } // description kept
 */
export function givenFields<T extends Record<string, unknown>>(
  input: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * JSON with object keys sorted, so values read back from jsonb (which reorders keys) compare
 * equal to the same values built in code.
 *
 * @example canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The names of the fields whose value changed, for the audit log (never the values: they may
 * hold personal data or a link).
 *
 * @example changedKeys(before, after) // ['title', 'startsAt']
 */
export function changedKeys<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter(
    (key) => canonicalJson(before[key]) !== canonicalJson(after[key]),
  );
}
