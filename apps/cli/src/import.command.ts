import type { ImportCommand } from './import.args.js';
import { problemLine } from './import.columns.js';
import { readPlanning } from './import.rows.js';
import { scheduleText } from './import.schedule.js';
import { sessionsCalendar } from './ics.command.js';
import { EXIT, type CliIo } from './main.js';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `jamsessie import`: reads the sheet, validates every row, and only when all rows are valid
 * writes the calendar file and the Dutch schedule text. With any problem nothing is written
 * and every problem is listed by row and column; the exit code is then {@link EXIT.invalid}.
 *
 * @example await runImport({ kind: 'import', file: 'planning.csv', out: 'planning.ics', text: 'planning.txt', site, name: 'planning' }, nodeIo)
 */
export async function runImport(command: ImportCommand, io: CliIo): Promise<number> {
  let csv: string;
  try {
    csv = await io.readFile(command.file);
  } catch (error) {
    io.stderr(`Kon ${command.file} niet lezen: ${reasonOf(error)}\n`);
    return EXIT.failure;
  }
  const read = readPlanning(csv);
  if (!read.ok) {
    const count = read.problems.length;
    io.stderr(
      `Niets geïmporteerd: ${count} ${count === 1 ? 'probleem' : 'problemen'} in ${command.file}.\n` +
        read.problems.map((problem) => `  ${problemLine(problem)}\n`).join('') +
        'Verbeter het bestand en importeer opnieuw; er is niets geschreven.\n',
    );
    return EXIT.invalid;
  }
  const { sessions, themes } = read.planning;
  const ics = sessionsCalendar(sessions, themes, { site: command.site, name: command.name });
  const text = scheduleText(read.planning, command.name);
  for (const [path, content] of [
    [command.out, ics],
    [command.text, text],
  ] as const) {
    try {
      await io.writeFile(path, content);
    } catch (error) {
      io.stderr(`Kon ${path} niet schrijven: ${reasonOf(error)}\n`);
      return EXIT.failure;
    }
  }
  const count = `${sessions.length} ${sessions.length === 1 ? 'sessie' : 'sessies'}`;
  io.stderr(
    `${count} ingelezen uit ${command.file}; geschreven: ${command.out} en ${command.text}\n`,
  );
  return EXIT.ok;
}
