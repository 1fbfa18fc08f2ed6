// The import fences are only worth something if they fail when a line crosses them: each test
// lints a small snippet, as if it were a file of the package, with that package's fence and
// expects the fence's error (and no error for the allowed twin). A last test checks that every
// package's eslint.config.js really uses its fence.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { apiFence, cliFence, domainFence, serverFence } from './index.js';

/** The fence with a parser for TypeScript, but without type information (snippets are virtual). */
function linterFor(fence) {
  return new ESLint({
    cwd: import.meta.dirname,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: { parser: tseslint.parser, sourceType: 'module' },
        plugins: { '@typescript-eslint': tseslint.plugin },
      },
      fence,
    ],
  });
}

/** The rule ids the snippet breaks, as `src/<file>` of a package behind `fence`. */
async function brokenRules(fence, code, file = 'src/example.ts') {
  const [result] = await linterFor(fence).lintText(code, { filePath: file });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.map((m) => m.ruleId);
}

describe('api fence: no SQL outside the repositories of packages/db', () => {
  it.each([
    ['a select', "export const q = (db) => db.selectFrom('session').selectAll().execute();"],
    ['an insert', "export const q = (db) => db.insertInto('theme').values({}).execute();"],
    ['an update', "export const q = (db) => db.updateTable('theme').set({}).execute();"],
    ['a delete', "export const q = (tx) => tx.deleteFrom('theme').execute();"],
  ])('refuses %s built with Kysely', async (_, code) => {
    expect(await brokenRules(apiFence, code)).toContain('no-restricted-syntax');
  });

  it("refuses Kysely's runtime (sql`…`), but allows its types", async () => {
    const code = "import { sql } from 'kysely';\nexport const n = sql`select 1`;";
    expect(await brokenRules(apiFence, code)).toEqual([
      '@typescript-eslint/no-restricted-imports',
      'no-restricted-syntax',
    ]);
    const types = "import type { Kysely } from 'kysely';\nexport type Db = Kysely<object>;";
    expect(await brokenRules(apiFence, types)).toEqual([]);
  });

  it('allows calling a repository function and opening a transaction', async () => {
    const code = [
      "import { findSessionById } from '@jamsessie/db';",
      'export const q = (db, id) => db.transaction().execute((tx) => findSessionById(tx, id));',
    ].join('\n');
    expect(await brokenRules(apiFence, code)).toEqual([]);
  });

  it('lets tests and test support arrange rows directly', async () => {
    const code = "import { sql } from 'kysely';\nexport const q = (db) => db.deleteFrom('x');";
    expect(await brokenRules(apiFence, code, 'src/mail/outbox.integration.test.ts')).toEqual([]);
    expect(await brokenRules(apiFence, code, 'src/testing/seed.ts')).toEqual([]);
  });
});

describe('server fence: no Kysely runtime, no SQL', () => {
  it('refuses importing sql from kysely and building a query', async () => {
    const runtime = "import { sql } from 'kysely';\nexport const one = sql`select 1`;";
    expect(await brokenRules(serverFence, runtime)).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    const builder = "export const q = (db) => db.selectFrom('series').select('id').execute();";
    expect(await brokenRules(serverFence, builder, 'src/http/router.ts')).toEqual([
      'no-restricted-syntax',
    ]);
  });

  it('allows a type import of Kysely and the resilience harness', async () => {
    const types = "import type { Kysely } from 'kysely';\nexport type Db = Kysely<object>;";
    expect(await brokenRules(serverFence, types)).toEqual([]);
    const harness = "import { sql } from 'kysely';\nexport const one = sql`select 1`;";
    expect(await brokenRules(serverFence, harness, 'src/resilience/row-counts.query.ts')).toEqual(
      [],
    );
  });
});

describe('cli fence: the domain package only', () => {
  it.each(['@jamsessie/db', '@jamsessie/api', '@jamsessie/server', 'kysely', '@trpc/server'])(
    'refuses %s',
    async (name) => {
      const code = `import { x } from '${name}';\nexport const y = x;`;
      expect(await brokenRules(cliFence, code)).toEqual([
        '@typescript-eslint/no-restricted-imports',
      ]);
    },
  );

  it('allows the domain package and its entry points', async () => {
    const code = [
      "import { Session } from '@jamsessie/domain';",
      "import { toLocalParts } from '@jamsessie/domain/shared';",
      'export const used = [Session, toLocalParts];',
    ].join('\n');
    expect(await brokenRules(cliFence, code)).toEqual([]);
  });
});

describe('domain fence: no clock, no chance, no environment', () => {
  it.each([
    ['Date.now()', 'export const t = () => Date.now();'],
    ['new Date()', 'export const t = () => new Date();'],
    ['Math.random()', 'export const r = () => Math.random();'],
    ['process.env', "export const e = () => process.env['TZ'];"],
    ['process', 'export const p = () => process;'],
  ])('refuses %s', async (_, code) => {
    const rules = await brokenRules(domainFence, code);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((rule) => rule?.startsWith('no-restricted-'))).toBe(true);
  });

  it('allows a date built from a given instant', async () => {
    const code = 'export const t = (now) => new Date(now.getTime() + 1000);';
    expect(await brokenRules(domainFence, code)).toEqual([]);
  });

  it('lets tests read the clock', async () => {
    const code = 'export const t = () => Date.now();';
    expect(await brokenRules(domainFence, code, 'src/series/series.test.ts')).toEqual([]);
  });
});

describe('every package uses its fence', () => {
  it.each([
    ['packages/api', apiFence],
    ['apps/server', serverFence],
    ['apps/cli', cliFence],
    ['packages/domain', domainFence],
  ])('%s', async (path, fence) => {
    const file = new URL(`../../${path}/eslint.config.js`, import.meta.url).href;
    const config = await import(/* @vite-ignore */ file);
    expect(config.default).toContainEqual(fence);
  });
});
