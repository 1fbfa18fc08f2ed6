/** A table: column headings and rows of cells (numbers are printed as given). */
export type Table = {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
};

const cell = (value: string | number) => (typeof value === 'number' ? String(value) : value);

/**
 * The table as aligned plain text for the terminal (numbers right-aligned).
 *
 * @example console.log(textTable({ title: 'Start', headers: ['a', 'b'], rows: [[1, 'x']] }));
 */
export function textTable(table: Table): string {
  const widths = table.headers.map((header, column) =>
    Math.max(header.length, ...table.rows.map((row) => cell(row[column] ?? '').length)),
  );
  const line = (cells: readonly (string | number)[]) =>
    cells
      .map((value, column) => {
        const text = cell(value);
        const width = widths[column] ?? text.length;
        return typeof value === 'number' ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [`\n${table.title}`, line(table.headers), rule, ...table.rows.map(line)].join('\n');
}

/**
 * The table as GitHub-flavoured Markdown, with a heading.
 *
 * @example markdownTable(table, '###')
 */
export function markdownTable(table: Table, heading = '###'): string {
  const escape = (value: string | number) => cell(value).replace(/\|/g, '\\|');
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [
    `${heading} ${table.title}`,
    '',
    line(table.headers),
    `|${table.headers.map(() => ' --- ').join('|')}|`,
    ...table.rows.map(line),
    '',
  ].join('\n');
}
