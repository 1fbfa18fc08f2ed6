import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXIT, run, type CliIo } from './main.js';

const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** An in-memory terminal and file system holding the given files. */
function memoryIo(initial: Record<string, string>, failWrite?: string) {
  const files = new Map(Object.entries(initial));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeFile: (path, content) => {
      if (path === failWrite) return Promise.reject(new Error('Geen schrijfrechten'));
      files.set(path, content);
      return Promise.resolve();
    },
    readFile: (path) => {
      const content = files.get(path);
      return content === undefined
        ? Promise.reject(new Error('bestand bestaat niet'))
        : Promise.resolve(content);
    },
  };
  return { io, files, out: () => out.join(''), err: () => err.join('') };
}

describe('jamsessie import', () => {
  it('writes the calendar and the Dutch schedule beside the sheet', async () => {
    const m = memoryIo({ 'plan/voorjaar.csv': await fixture('planning-goed.csv') });
    expect(await run(['import', 'plan/voorjaar.csv'], m.io)).toBe(EXIT.ok);
    expect([...m.files.keys()].sort()).toEqual([
      'plan/voorjaar.csv',
      'plan/voorjaar.ics',
      'plan/voorjaar.txt',
    ]);
    const ics = (m.files.get('plan/voorjaar.ics') ?? '').replaceAll('\r\n ', '');
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(4);
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20250303T130000');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20250602T093000');
    expect(ics).toContain('CATEGORIES:Open deuren\r\n');
    expect(ics).toContain('LOCATION:Buurthuis De Linde\\, Utrecht\r\n');
    expect(ics).toContain('X-WR-CALNAME:voorjaar\r\n');
    const text = m.files.get('plan/voorjaar.txt') ?? '';
    expect(text).toContain('voorjaar\n4 sessies (Nederlandse tijd)\n');
    expect(text).toContain(' 1. maandag 3 maart 2025, 13.00–14.00 uur\n');
    expect(text).toContain('    ! Carnavalsmaandag (carnaval)\n');
    expect(text).toContain(' 4. maandag 2 juni 2025, 09.30–12.00 uur\n    Inspiratieochtend\n');
    expect(m.err()).toBe(
      '4 sessies ingelezen uit plan/voorjaar.csv; geschreven: plan/voorjaar.ics en plan/voorjaar.txt\n',
    );
  });

  it('takes --out, --text, --name and --site', async () => {
    const m = memoryIo({ 'p.csv': await fixture('planning-goed.csv') });
    const args = ['import', 'p.csv', '-o', 'a.ics', '--text', 'r.txt', '--name', 'Voorjaar 2025'];
    expect(await run([...args, '--site', 'https://agenda.example.org'], m.io)).toBe(EXIT.ok);
    expect(m.files.get('a.ics')).toContain('X-WR-CALNAME:Voorjaar 2025');
    expect(m.files.get('a.ics')?.replaceAll('\r\n ', '')).toContain(
      'URL;VALUE=URI:https://agenda.example.org/agenda/jamsessie-3-maart-2025',
    );
    expect(m.files.get('r.txt')?.startsWith('Voorjaar 2025\n')).toBe(true);
  });

  it('writes nothing when one row is bad, lists every problem and exits 3', async () => {
    const good = await fixture('planning-goed.csv');
    const bad = await fixture('planning-fouten.csv');
    const m = memoryIo({ 'goed.csv': good, 'fouten.csv': bad });
    expect(await run(['import', 'fouten.csv'], m.io)).toBe(EXIT.invalid);
    expect([...m.files.keys()].sort()).toEqual(['fouten.csv', 'goed.csv']);
    expect(m.err()).toContain('Niets geïmporteerd: 6 problemen in fouten.csv.\n');
    expect(m.err()).toContain('  Rij 3, kolom datum: Deze datum bestaat niet.\n');
    expect(m.err()).toContain('  Rij 6, kolom titel: Dit veld mag niet leeg zijn.\n');
    expect(m.err()).toContain('er is niets geschreven');
    expect(m.out()).toBe('');
  });

  it('says in Dutch when the sheet cannot be read or a file cannot be written', async () => {
    const missing = memoryIo({});
    expect(await run(['import', 'weg.csv'], missing.io)).toBe(EXIT.failure);
    expect(missing.err()).toBe('Kon weg.csv niet lezen: bestand bestaat niet\n');
    const locked = memoryIo({ 'p.csv': await fixture('planning-goed.csv') }, 'p.ics');
    expect(await run(['import', 'p.csv'], locked.io)).toBe(EXIT.failure);
    expect(locked.err()).toBe('Kon p.ics niet schrijven: Geen schrijfrechten\n');
  });

  it.each([
    [['import'], 'Geef een CSV-bestand op'],
    [['import', 'a.csv', 'b.csv'], 'Onverwacht argument: b.csv'],
    [['import', 'a.csv', '--themes', 'x'], '--themes hoort bij plan en ics, niet bij import.'],
    [['import', 'a.csv', '--site', 'http://x.nl'], '--site moet een https-adres zijn'],
    [['import', 'a.csv', '--out', 'a.csv'], 'moeten verschillende bestanden zijn'],
    [['ics', '2026', '--text', 'r.txt'], '--text hoort bij jamsessie import.'],
  ])('refuses %j with a usage message', async (argv, message) => {
    const m = memoryIo({});
    expect(await run(argv, m.io)).toBe(EXIT.usage);
    expect(m.err()).toContain(message);
    expect(m.files.size).toBe(0);
  });
});
