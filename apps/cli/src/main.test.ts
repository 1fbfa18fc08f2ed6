import { describe, expect, it } from 'vitest';
import { EXIT, run, type CliIo } from './main.js';

function memoryIo(failWrite = false) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeFile: (path, content) => {
      if (failWrite) return Promise.reject(new Error('Geen schrijfrechten'));
      files.set(path, content);
      return Promise.resolve();
    },
    readFile: (path) => {
      const content = files.get(path);
      return content === undefined
        ? Promise.reject(new Error(`${path} bestaat niet`))
        : Promise.resolve(content);
    },
  };
  return { io, out: () => out.join(''), err: () => err.join(''), files };
}

describe('run', () => {
  it('prints the Dutch help and exits 0', async () => {
    const m = memoryIo();
    expect(await run(['--help'], m.io)).toBe(EXIT.ok);
    expect(m.out()).toContain('jamsessie plan <jaar> [opties]');
    expect(m.out()).toContain('--nth <1-4|-1|woord>');
    expect(m.err()).toBe('');
  });

  it('prints the plan of a year', async () => {
    const m = memoryIo();
    expect(await run(['plan', '2026'], m.io)).toBe(EXIT.ok);
    expect(m.out()).toContain('maandag 6 april 2026');
    expect(m.out()).toContain('Tweede Paasdag');
  });

  it('prints the calendar when no file is given', async () => {
    const m = memoryIo();
    expect(await run(['ics', '2026'], m.io)).toBe(EXIT.ok);
    expect(m.out().startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(m.out().endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(m.files.size).toBe(0);
  });

  it('writes the calendar to --out and reports on stderr, keeping stdout clean', async () => {
    const m = memoryIo();
    expect(await run(['ics', '2026', '--out', 'jamsessies-2026.ics'], m.io)).toBe(EXIT.ok);
    expect(m.files.get('jamsessies-2026.ics')).toMatch(/^BEGIN:VCALENDAR/);
    expect(m.out()).toBe('');
    expect(m.err()).toBe('12 sessies geschreven naar jamsessies-2026.ics\n');
  });

  it('exits 1 with a Dutch message when the file cannot be written', async () => {
    const m = memoryIo(true);
    expect(await run(['ics', '2026', '-o', '/nergens/x.ics'], m.io)).toBe(EXIT.failure);
    expect(m.err()).toBe('Kon /nergens/x.ics niet schrijven: Geen schrijfrechten\n');
  });

  it('exits 2 on wrong usage, pointing to the help', async () => {
    const m = memoryIo();
    expect(await run(['plan', '2026', '--time', 'middag'], m.io)).toBe(EXIT.usage);
    expect(m.err()).toContain('--time: Vul een tijd in als UU:MM');
    expect(m.err()).toContain('Zie jamsessie --help.');
    expect(m.out()).toBe('');
  });

  it('prints the version', async () => {
    const m = memoryIo();
    expect(await run(['-v'], m.io)).toBe(EXIT.ok);
    expect(m.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
