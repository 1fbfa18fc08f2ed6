import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './main.js';

/**
 * The real terminal and file system.
 *
 * @example process.exitCode = await run(process.argv.slice(2), nodeIo);
 */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (path, content) => writeFile(path, content, 'utf8'),
  readFile: (path) => readFile(path, 'utf8'),
};
