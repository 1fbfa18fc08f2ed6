import { readFile } from 'node:fs/promises';
import { Session } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { problemLine } from './import.columns.js';
import { readPlanning } from './import.rows.js';

const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const HEADER = 'datum,begintijd,eindtijd,titel,thema,beschrijving,locatie,online';

function problemsOf(csv: string): string[] {
  const read = readPlanning(csv);
  if (read.ok) throw new Error('expected problems, got sessions');
  return read.problems.map(problemLine);
}

describe('readPlanning', () => {
  it('reads a Dutch spreadsheet export (BOM, semicolons, 3-3-2025, 13.00) into valid sessions', async () => {
    const read = readPlanning(await fixture('planning-goed.csv'));
    if (!read.ok) throw new Error(read.problems.map(problemLine).join('\n'));
    const { sessions, themes } = read.planning;
    expect(sessions).toHaveLength(4);
    for (const session of sessions) expect(Session.safeParse(session).success).toBe(true);
    expect(sessions.map((s) => [s.slug, s.startsAt, s.endsAt])).toEqual([
      ['jamsessie-3-maart-2025', '2025-03-03T12:00:00.000Z', '2025-03-03T13:00:00.000Z'],
      ['jamsessie-7-april-2025', '2025-04-07T11:00:00.000Z', '2025-04-07T12:00:00.000Z'],
      ['jamsessie-5-mei-2025', '2025-05-05T11:00:00.000Z', '2025-05-05T12:00:00.000Z'],
      ['jamsessie-2-juni-2025', '2025-06-02T07:30:00.000Z', '2025-06-02T10:00:00.000Z'],
    ]);
    expect(sessions[1]?.description).toBe('Sparren, improviseren; zoeken met elkaar.');
    expect(sessions[3]).toMatchObject({ online: false, location: 'Buurthuis De Linde, Utrecht' });
    expect(sessions[0]).toMatchObject({ online: true, location: null, meetingLink: null });
    // Two rows with the same theme share one theme (and so one calendar category).
    expect(themes.map((theme) => theme.label)).toEqual([
      'Open deuren',
      'Vrijheid en veiligheid thuis',
    ]);
    expect(sessions[0]?.themeIds).toEqual(sessions[2]?.themeIds);
  });

  it('gives the same ids on every run, so importing again updates calendar events', async () => {
    const csv = await fixture('planning-goed.csv');
    const ids = (text: string) => {
      const read = readPlanning(text);
      return read.ok ? read.planning.sessions.map((s) => s.id) : [];
    };
    expect(ids(csv)).toEqual(ids(csv));
    expect(new Set(ids(csv)).size).toBe(4);
  });

  it('names every bad row and column in Dutch, and returns no session at all', async () => {
    const read = readPlanning(await fixture('planning-fouten.csv'));
    expect(read.ok).toBe(false);
    expect('planning' in read).toBe(false);
    expect(problemsOf(await fixture('planning-fouten.csv'))).toEqual([
      'Rij 3, kolom datum: Deze datum bestaat niet.',
      'Rij 4, kolom begintijd: Vul een tijd in als UU:MM, bijv. 13:00.',
      'Rij 4, kolom online: Vul ja of nee in.',
      'Rij 5, kolom eindtijd: De eindtijd moet na de begintijd liggen.',
      'Rij 6, kolom titel: Dit veld mag niet leeg zijn.',
      'Rij 7: Dezelfde sessie (titel, datum en begintijd) staat al in rij 2.',
    ]);
  });

  it('refuses a header with a missing or misspelled column before reading rows', () => {
    expect(problemsOf('datum,tijd,eindtijd,titel\n2025-03-03,13:00,14:00,Open deuren\n')).toEqual([
      'Rij 1: Onbekende kolom "tijd". Bekende kolommen: datum, begintijd, eindtijd, titel, thema, beschrijving, locatie, online.',
      'Rij 1: De kolom "begintijd" ontbreekt.',
    ]);
  });

  it('uses the domain schemas for texts: lengths, NUL characters, an over-long session', () => {
    const longTitle = 'x'.repeat(201);
    expect(problemsOf(`${HEADER}\n2025-03-03,13:00,14:00,${longTitle},,,,\n`)).toEqual([
      'Rij 2, kolom titel: Gebruik hoogstens 200 tekens.',
    ]);
    expect(problemsOf(`${HEADER}\n2025-03-03,13:00,14:00,Open\u0000deuren,,,,\n`)).toHaveLength(1);
    expect(problemsOf(`${HEADER}\n2025-03-03,13:00,13:00,Open deuren,,,,\n`)).toEqual([
      'Rij 2, kolom eindtijd: De eindtijd moet na de begintijd liggen.',
    ]);
  });

  it('skips empty spreadsheet rows, counts rows as the spreadsheet does, refuses extra cells', () => {
    const csv = `${HEADER}\n,,,,,,,\n2025-03-03,13:00,14:00,Open deuren,,,,,extra\n`;
    expect(problemsOf(csv)).toEqual(['Rij 3: Deze rij heeft 9 cellen, de kopregel 8 kolommen.']);
  });

  it('refuses an empty file, a header without rows and broken quoting', () => {
    expect(problemsOf('')).toEqual(['Het bestand is leeg.']);
    expect(problemsOf(`${HEADER}\n`)).toEqual([
      'Het bestand bevat geen sessies, alleen een kopregel.',
    ]);
    expect(problemsOf(`${HEADER}\n2025-03-03,13:00,14:00,"Open deuren\n`)[0]).toContain(
      'Het bestand is geen geldige CSV',
    );
  });
});
