import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const ignores = {
  ignores: [
    '**/dist/**',
    '**/dist-server/**',
    '**/node_modules/**',
    '**/.turbo/**',
    '**/*.config.*',
  ],
};

/** Type-aware rules for every TypeScript package; `tsconfigRootDir` is the package folder. */
export function base(tsconfigRootDir) {
  return tseslint.config(
    ignores,
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
        globals: { ...globals.node },
      },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/consistent-type-imports': [
          'error',
          { fixStyle: 'inline-type-imports' },
        ],
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
        '@typescript-eslint/only-throw-error': 'off',
      },
    },
  );
}

const forbidden = (names, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: names.map((group) => ({ group: [group], message })) },
  ],
});

/**
 * The domain package stays pure: it is reused by other tools, so it may not reach for
 * Node built-ins, databases, the API layer or React, nor for the clock, chance or the
 * environment (pass `now` and ids in).
 */
export const domainFence = {
  files: ['src/**/*.ts'],
  ignores: ['src/**/*.test.ts'],
  rules: {
    ...forbidden(
      [
        'node:*',
        'fs',
        'path',
        'pg',
        'kysely',
        '@electric-sql/*',
        '@trpc/*',
        'react',
        'react-dom',
        '@jamsessie/db',
        '@jamsessie/api',
      ],
      'The domain package is pure: no Node built-ins, database, API or React imports.',
    ),
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'The domain package is pure: the caller passes settings in.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'The domain package is pure: pass `now` in.' },
      {
        object: 'Math',
        property: 'random',
        message: 'The domain package is pure: pass ids or random values in.',
      },
      { object: 'process', message: 'The domain package is pure: the caller passes settings in.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'The domain package is pure: pass `now` in instead of reading the clock.',
      },
    ],
  },
};

/** Kysely's query builders: a call to one of these is SQL, and SQL lives in packages/db. */
const SQL_BUILDERS = [
  'selectFrom',
  'selectNoFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
];

/** Files that only tests use: they may set up and inspect rows directly. */
const TEST_SUPPORT = ['src/**/*.test.ts', 'src/**/testing/**', 'src/**/*.fixture.ts'];

const sqlFence = (layer) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['kysely', 'kysely/*'],
          message: `${layer} may import only Kysely's types: SQL lives in the repositories of packages/db.`,
          allowTypeImports: true,
        },
        {
          group: ['pg', '@electric-sql/*'],
          message: `${layer} reaches the database through the repositories of packages/db.`,
        },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: `CallExpression[callee.type='MemberExpression'][callee.property.name=/^(${SQL_BUILDERS.join('|')})$/]`,
      message: `${layer} may not build SQL: add or reuse a repository function in packages/db.`,
    },
    {
      selector: "TaggedTemplateExpression[tag.name='sql']",
      message: `${layer} may not write SQL: add or reuse a repository function in packages/db.`,
    },
  ],
});

/**
 * The API calls repository functions and opens transactions; it never builds SQL itself
 * (tests and test support may, to arrange and inspect rows).
 */
export const apiFence = {
  files: ['src/**/*.ts'],
  ignores: TEST_SUPPORT,
  rules: sqlFence('The API'),
};

/**
 * The server serves HTTP on top of the API and the repositories: no SQL of its own, no Kysely
 * runtime. `src/resilience/` is the harness of the resilience tests (test support).
 */
export const serverFence = {
  files: ['src/**/*.ts'],
  ignores: [...TEST_SUPPORT, 'src/resilience/**'],
  rules: sqlFence('The server'),
};

/** The CLI is a tool on the domain package alone: no database, API or server. */
export const cliFence = {
  files: ['src/**/*.ts', 'bin/**/*.js'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@jamsessie/*', '!@jamsessie/domain', '!@jamsessie/domain/*'],
            message: 'The CLI imports only the domain package.',
          },
          {
            group: ['kysely', 'pg', '@electric-sql/*', '@trpc/*', 'react', 'react-dom'],
            message: 'The CLI imports only the domain package.',
          },
        ],
      },
    ],
  },
};

/** Apps talk to the API over HTTP: they may import its types, never the db or API runtime. */
export const appFence = {
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              '@jamsessie/db',
              '@jamsessie/db/*',
              'pg',
              'kysely',
              '@electric-sql/*',
              'node:*',
            ],
            message: 'Apps reach data through the API over HTTP.',
          },
          {
            group: ['@jamsessie/api', '@jamsessie/api/*'],
            message: 'Import only types from the API.',
            allowTypeImports: true,
          },
        ],
      },
    ],
  },
};

/** The db package may not depend on the API or apps (dependencies point one way). */
export const dbFence = {
  files: ['src/**/*.ts'],
  rules: forbidden(
    ['@jamsessie/api', '@trpc/*', 'react'],
    'db sits below the API: dependencies point one way.',
  ),
};

/**
 * The shared web package sits between the domain and the apps: React and the domain only. It
 * may not reach the API (not even its types: the apps pass what it needs), a database or Node.
 */
export const webFence = {
  files: ['src/**/*.{ts,tsx}'],
  rules: forbidden(
    [
      '@jamsessie/api',
      '@jamsessie/api/*',
      '@jamsessie/db',
      '@jamsessie/db/*',
      '@trpc/*',
      'pg',
      'kysely',
      '@electric-sql/*',
      'node:*',
      'fs',
      'path',
    ],
    'The web package is React on the domain: no API, database or Node imports.',
  ),
};

function browserReact(tsconfigRootDir) {
  return [
    ...base(tsconfigRootDir),
    {
      files: ['**/*.tsx', '**/*.ts'],
      languageOptions: { globals: { ...globals.browser } },
      plugins: { 'react-hooks': reactHooks },
      rules: {
        'react-hooks/rules-of-hooks': 'error',
        'react-hooks/exhaustive-deps': 'warn',
      },
    },
  ];
}

/** React apps: browser globals and the hooks rules. */
export function react(tsconfigRootDir) {
  return [...browserReact(tsconfigRootDir), appFence];
}

/** The shared web package (packages/web): like an app, behind its own fence. */
export function web(tsconfigRootDir) {
  return [...browserReact(tsconfigRootDir), webFence];
}
