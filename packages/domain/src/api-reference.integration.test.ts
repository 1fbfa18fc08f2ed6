/// <reference types="node" />
import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The API reference (TypeDoc, configured in typedoc.json) as `npm run docs` builds it: it
 * builds with validation warnings as errors, so an export without JSDoc fails here, and it
 * lists every export of the root entry point, each with a page of its own.
 */

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT = 180_000;
const ROOT_MODULE = '@jamsessie/domain';

/** Every name the root entry point exports, values and types alike, as TypeScript sees them. */
function rootExports(): string[] {
  const entry = join(packageDir, 'src', 'index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error('TypeScript found no module in src/index.ts');
  return checker.getExportsOfModule(module).map((symbol) => symbol.name);
}

type Reflection = { name: string; children?: Reflection[] };

describe('the API reference (TypeDoc)', () => {
  let out = '';
  let output = '';
  let modules: Reflection[] = [];

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'jamsessie-domain-docs-'));
    const result = await run(
      'npx',
      [
        '--no-install',
        'typedoc',
        '--treatValidationWarningsAsErrors',
        '--out',
        join(out, 'html'),
        '--json',
        join(out, 'api.json'),
      ],
      {
        cwd: packageDir,
        timeout: TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      },
    ).catch((error: { stdout?: string; message: string }) => {
      // TypeDoc prints what is undocumented on stdout: show it, not just the exit code.
      throw new Error(`typedoc failed:\n${error.stdout ?? error.message}`);
    });
    output = result.stdout + result.stderr;
    const project = JSON.parse(await readFile(join(out, 'api.json'), 'utf8')) as Reflection;
    modules = project.children ?? [];
  }, TIMEOUT);

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('builds with no validation warning: every public export is documented', () => {
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(output).toContain('html generated');
  });

  it('lists every export of the root entry point', () => {
    const names = rootExports();
    expect(names.length).toBeGreaterThan(200);
    const root = modules.find((module) => module.name === ROOT_MODULE);
    const documented = new Set((root?.children ?? []).map((child) => child.name));
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('gives every export of the root entry point a page, linked from the root module', async () => {
    const page = await readFile(join(out, 'html', 'modules', '_jamsessie_domain.html'), 'utf8');
    const links = new Set(
      [...page.matchAll(/href="\.\.\/(\w+\/_jamsessie_domain\.[^"#]+\.html)"/g)].map(
        (match) => match[1] ?? '',
      ),
    );
    const linkedNames = new Set(
      [...links].map((link) =>
        link.replace(/^\w+\/_jamsessie_domain\./, '').replace(/(-\d+)?\.html$/, ''),
      ),
    );
    expect(rootExports().filter((name) => !linkedNames.has(name))).toEqual([]);
    for (const link of links)
      await expect(access(join(out, 'html', link))).resolves.toBeUndefined();
  });

  it('has a module page per entry point of the package', async () => {
    const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const areas = Object.keys(manifest.exports)
      .filter((key) => key !== '.' && key !== './package.json')
      .map((key) => key.slice(2));
    expect(modules.map((module) => module.name).sort()).toEqual([ROOT_MODULE, ...areas].sort());
    for (const area of areas) {
      await expect(access(join(out, 'html', 'modules', `${area}.html`))).resolves.toBeUndefined();
    }
  });
});
