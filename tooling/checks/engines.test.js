// Every installed package must run on every Node version the root package.json promises (and the
// README names): a dependency that wants a newer Node makes `npm ci` warn EBADENGINE on a fresh
// clone and may break in ways no test here shows.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const promised = readJson('package.json').engines.node;
const lock = readJson('package-lock.json');

describe('engines', () => {
  it('the README names the Node range package.json promises', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(readme).toContain(`\`engines\`: \`${promised}\``);
  });

  it('every locked package accepts every Node version the project promises', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && typeof entry.engines?.node === 'string')
      .filter(([, entry]) => !semver.subset(promised, entry.engines.node))
      .map(
        ([path, entry]) =>
          `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${entry.engines.node}`,
      );
    expect(refusing).toEqual([]);
  });

  it('install scripts that are needed are approved, the way npm 11 records it', () => {
    const allowed = readJson('package.json').allowScripts ?? {};
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript === true && !entry.optional)
      .map(([path]) => path.replace(/^.*node_modules\//, ''))
      .filter((name) => !name.startsWith('@jamsessie/'));
    expect(withScripts.filter((name) => !(name in allowed))).toEqual([]);
  });
});
