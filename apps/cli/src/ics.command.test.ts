import { describe, expect, it } from 'vitest';
import { parseCommand, type PlanOptions } from './cli.args.js';
import { buildIcs } from './ics.command.js';

function command(argv: string[]): { plan: PlanOptions; site: string; name: string | null } {
  const parsed = parseCommand(['ics', ...argv]);
  if (parsed.kind !== 'ics') throw new Error(JSON.stringify(parsed));
  return parsed;
}

const themes = ['--themes', 'Open deuren,Vrijheid en veiligheid thuis'];

describe('buildIcs', () => {
  const options = command(['2025', ...themes]);
  const { ics, count } = buildIcs(options.plan, options);
  const unfolded = ics.replaceAll('\r\n ', '');

  it('holds one event per planned date', () => {
    expect(count).toBe(12);
    expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(12);
  });

  it('writes every start as 13:00 Amsterdam time with the zone definition', () => {
    const starts = unfolded.match(/^DTSTART;TZID=Europe\/Amsterdam:(\d{8}T\d{6})$/gm) ?? [];
    expect(starts).toHaveLength(12);
    expect(starts).toContain('DTSTART;TZID=Europe/Amsterdam:20250303T130000');
    expect(starts).toContain('DTSTART;TZID=Europe/Amsterdam:20250407T130000');
    expect(starts.every((line) => line.endsWith('T130000'))).toBe(true);
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
  });

  it('titles and tags the sessions with their theme and links to the public page', () => {
    expect(unfolded).toContain('SUMMARY:Jamsessie: Open deuren\r\n');
    expect(unfolded).toContain('CATEGORIES:Vrijheid en veiligheid thuis\r\n');
    expect(unfolded).toContain(
      'URL;VALUE=URI:https://jamsessie.radicalevernieuwing.nl/agenda/jamsessie-3-maart-2025\r\n',
    );
    expect(unfolded).toContain('NAME:Jamsessies 2025\r\n');
  });

  it('gives the same UIDs on every run, different ones for another series title', () => {
    const uids = (text: string) => text.match(/^UID:.*$/gm) ?? [];
    expect(uids(buildIcs(options.plan, options).ics)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(12);
    const other = command(['2025', '--title', 'Andere reeks']);
    expect(uids(buildIcs(other.plan, other).ics)).not.toEqual(uids(ics));
  });

  it('uses the given site and calendar name', () => {
    const custom = command([
      '2025',
      '--site',
      'https://agenda.example.org',
      '--name',
      'Mijn agenda',
    ]);
    const text = buildIcs(custom.plan, custom).ics.replaceAll('\r\n ', '');
    expect(text).toContain(
      'URL;VALUE=URI:https://agenda.example.org/agenda/jamsessie-6-januari-2025',
    );
    expect(text).toContain('X-WR-CALNAME:Mijn agenda\r\n');
  });
});
