import type { SelectType } from 'kysely';

/** The PostgreSQL type (`udt_name`) allowed for a column whose selected TS type is `T`. */
type UdtFor<T> = [T] extends [boolean]
  ? 'bool'
  : [T] extends [number]
    ? 'int4' | 'int8'
    : [T] extends [string]
      ? 'uuid' | 'text' | 'date' | 'timestamptz' | 'tsvector'
      : 'jsonb';

/** `'text'` for a NOT NULL column, `'text?'` for a nullable one, derived from the TS type. */
type Udt<S> = null extends S ? `${UdtFor<Exclude<S, null>>}?` : UdtFor<S>;

/**
 * A runtime description of a table's columns, tied to its Kysely interface at compile time:
 * a missing or extra column, a wrong nullability or a type of the wrong family fails `tsc`,
 * and `migrations/migrations.integration.test.ts` compares the description with the migrated catalogue.
 * Together they keep the hand-written `Database` interface and the migrations in step.
 *
 * @example export const themeColumns = { id: 'uuid', label: 'text', ... } satisfies Columns<ThemeTable>;
 */
export type Columns<T> = { readonly [C in keyof T]-?: Udt<SelectType<T[C]>> };
