// The web package's lint fence (tooling/eslint: webFence) keeps it React on the domain: an
// import of the API, the database or Node fails lint, while React and the domain pass.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const web = fileURLToPath(new URL('../../packages/web/', import.meta.url));
const eslint = new ESLint({ cwd: web });
// Typed linting builds the package's TypeScript program first: slow on a busy machine.
const slow = 180_000;

async function fenceMessages(source) {
  const [result] = await eslint.lintText(source, { filePath: `${web}src/index.ts` });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the web package’s lint fence', () => {
  it(
    'refuses the API, the database and Node',
    async () => {
      for (const name of ['@jamsessie/api', '@jamsessie/db', 'kysely', '@trpc/client', 'node:fs']) {
        expect(await fenceMessages(`import '${name}';\nexport {};\n`)).toHaveLength(1);
      }
    },
    slow,
  );

  it(
    'lets React and the domain through',
    async () => {
      const source = "import 'react';\nimport '@jamsessie/domain';\nexport {};\n";
      expect(await fenceMessages(source)).toEqual([]);
    },
    slow,
  );
});
