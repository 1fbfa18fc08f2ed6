import { parseCommand } from './cli.args.js';
import { CLI_VERSION, HELP_TEXT } from './help.text.js';
import { buildIcs } from './ics.command.js';
import { runImport } from './import.command.js';
import { renderPlan } from './plan.command.js';

/** Where the CLI writes; tests pass an in-memory version. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (path: string, content: string) => Promise<void>;
  readFile: (path: string) => Promise<string>;
};

/** Exit codes: 0 done, 1 could not read or write, 2 wrong usage, 3 invalid rows (import). */
export const EXIT = { ok: 0, failure: 1, usage: 2, invalid: 3 } as const;

/**
 * Runs the CLI on arguments (without `node` and the script) and returns the exit code.
 * Everything goes through `io`, so tests need no child process.
 *
 * @example const code = await run(['plan', '2026'], nodeIo);
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'usage-error':
      io.stderr(`${command.message}\nZie jamsessie --help.\n`);
      return EXIT.usage;
    case 'help':
      io.stdout(HELP_TEXT);
      return EXIT.ok;
    case 'version':
      io.stdout(`${CLI_VERSION}\n`);
      return EXIT.ok;
    case 'plan':
      io.stdout(renderPlan(command.plan));
      return EXIT.ok;
    case 'import':
      return runImport(command, io);
    case 'ics': {
      const { ics, count } = buildIcs(command.plan, command);
      if (command.out === null) {
        io.stdout(ics);
        return EXIT.ok;
      }
      try {
        await io.writeFile(command.out, ics);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        io.stderr(`Kon ${command.out} niet schrijven: ${reason}\n`);
        return EXIT.failure;
      }
      io.stderr(`${count} ${count === 1 ? 'sessie' : 'sessies'} geschreven naar ${command.out}\n`);
      return EXIT.ok;
    }
  }
}
