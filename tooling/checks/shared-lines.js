// Finds blocks of lines that two source trees share word for word, the way a reviewer would
// count a copy: blank lines, comments, import statements and lines of bare punctuation are
// passed over, white space is folded. The apps share code through packages/web instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE = /\.(?:[cm]?[jt]sx?|css)$/;

/** Every source file below `dir` (no node_modules, no build output). */
export function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', 'dist', 'dist-server'].includes(entry.name) ? [] : sourceFiles(path);
    }
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/**
 * The lines of a file that count, each with its 1-based line number. A multi-line import
 * (`import {` … `} from '…';`) is skipped whole, like a one-line import.
 */
export function significantLines(text) {
  const lines = [];
  let inImport = false;
  let inComment = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      return;
    }
    if (inImport) {
      if (/from ['"][^'"]+['"];?$/.test(line) || /^['"][^'"]+['"];?$/.test(line)) inImport = false;
      return;
    }
    if (/^(?:import|export) .*from ['"][^'"]+['"];?$/.test(line) || /^import ['"]/.test(line))
      return;
    if (/^import\b/.test(line)) {
      inImport = true;
      return;
    }
    if (line.startsWith('/*')) {
      if (!line.includes('*/')) inComment = true;
      return;
    }
    if (line.startsWith('//') || /^[^\p{L}\p{N}]*$/u.test(line)) return;
    lines.push({ line, number: index + 1 });
  });
  return lines;
}

/**
 * The blocks of at least `minLines` counted lines that a file below `leftDir` shares with a
 * file below `rightDir`, as 'left.tsx:10-24 ~ right.tsx:40-54' (paths relative to `base`).
 * Overlapping windows of one shared stretch are reported once, as the whole stretch.
 */
export function sharedBlocks(leftDir, rightDir, { minLines = 6, base = leftDir } = {}) {
  const read = (path) => ({ path, lines: significantLines(readFileSync(path, 'utf8')) });
  const windowKey = (lines, start) =>
    lines
      .slice(start, start + minLines)
      .map((l) => l.line)
      .join('\n');
  const index = new Map();
  for (const file of sourceFiles(rightDir).map(read)) {
    for (let start = 0; start + minLines <= file.lines.length; start += 1) {
      const key = windowKey(file.lines, start);
      if (!index.has(key)) index.set(key, []);
      index.get(key).push({ file, start });
    }
  }
  const blocks = [];
  for (const file of sourceFiles(leftDir).map(read)) {
    let previous = new Set();
    for (let start = 0; start + minLines <= file.lines.length; start += 1) {
      const hits = index.get(windowKey(file.lines, start)) ?? [];
      const current = new Set();
      for (const hit of hits) {
        const id = `${hit.file.path}#${hit.start}`;
        current.add(id);
        // A window that continues the previous window's match extends that block.
        const continued = previous.has(`${hit.file.path}#${hit.start - 1}`);
        const last = blocks.at(-1);
        if (continued && last && last.right === hit.file && last.rightEnd === hit.start - 1) {
          last.leftEnd = start;
          last.rightEnd = hit.start;
        } else {
          blocks.push({
            left: file,
            leftStart: start,
            leftEnd: start,
            right: hit.file,
            rightStart: hit.start,
            rightEnd: hit.start,
          });
        }
      }
      previous = current;
    }
  }
  const at = (file, from, to) =>
    `${relative(base, file.path)}:${file.lines[from].number}-${file.lines[to + minLines - 1].number}`;
  return blocks.map(
    (b) => `${at(b.left, b.leftStart, b.leftEnd)} ~ ${at(b.right, b.rightStart, b.rightEnd)}`,
  );
}
