import { describe, expect, it } from 'vitest';
import { parseCommand, type Command } from './cli.args.js';

function planOf(argv: string[]) {
  const command = parseCommand(argv);
  if (command.kind !== 'plan' && command.kind !== 'ics') {
    throw new Error(`expected plan or ics, got ${JSON.stringify(command)}`);
  }
  return command.plan;
}

function errorOf(argv: string[]): string {
  const command = parseCommand(argv);
  if (command.kind !== 'usage-error') throw new Error(`expected an error, got ${command.kind}`);
  return command.message;
}

describe('parseCommand', () => {
  it('plans the first Monday at 13:00 for an hour by default, without themes', () => {
    expect(parseCommand(['plan', '2026'])).toEqual<Command>({
      kind: 'plan',
      plan: {
        year: 2026,
        recurrence: {
          kind: 'monthly_nth_weekday',
          weekday: 1,
          nth: 1,
          startTime: '13:00',
          durationMinutes: 60,
        },
        themes: [],
        title: 'Jamsessies',
      },
    });
  });

  it('reads every planning option', () => {
    const plan = planOf([
      'plan',
      '2026',
      '--weekday',
      '3',
      '--nth',
      '2',
      '--time',
      '15:30',
      '--duration',
      '45',
      '--themes',
      ' Open deuren, Vrijheid en veiligheid thuis ,',
      '--title',
      'Jamsessies VVLG',
    ]);
    expect(plan.recurrence).toMatchObject({ weekday: 3, nth: 2, startTime: '15:30' });
    expect(plan.recurrence.durationMinutes).toBe(45);
    expect(plan.themes).toEqual(['Open deuren', 'Vrijheid en veiligheid thuis']);
    expect(plan.title).toBe('Jamsessies VVLG');
  });

  it.each([
    [['--nth', '-1'], -1],
    [['--nth=-1'], -1],
    [['--nth', 'laatste'], -1],
    [['--nth', 'Derde'], 3],
  ])('reads the last (or a named) occurrence: %j', (args, nth) => {
    expect(planOf(['plan', '2026', ...args]).recurrence.nth).toBe(nth);
  });

  it('accepts Dutch weekday names', () => {
    expect(planOf(['plan', '2026', '--weekday', 'Dinsdag']).recurrence.weekday).toBe(2);
  });

  it('reads the ics options, with the public site as default', () => {
    expect(parseCommand(['ics', '2026', '-o', 'uit.ics', '--name', 'Agenda'])).toMatchObject({
      kind: 'ics',
      out: 'uit.ics',
      site: 'https://jamsessie.radicalevernieuwing.nl',
      name: 'Agenda',
    });
    expect(parseCommand(['ics', '2026'])).toMatchObject({ kind: 'ics', out: null, name: null });
  });

  it.each([[['--help']], [['-h']], [['help']], [[]], [['plan', '2026', '--help']]])(
    'asks for help with %j',
    (argv) => {
      expect(parseCommand(argv)).toEqual({ kind: 'help' });
    },
  );

  it('asks for the version', () => {
    expect(parseCommand(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['maak', '2026'], 'Onbekend commando "maak"'],
    [['plan'], 'Geef een jaar op'],
    [['plan', '26'], 'tussen 2000 en 2100'],
    [['plan', '2200'], 'tussen 2000 en 2100'],
    [['plan', '2026', 'extra'], 'Onverwacht argument: extra'],
    [['plan', '2026', '--bogus'], 'Onbekende optie: --bogus'],
    [['plan', '2026', '--themes'], 'De optie --themes heeft een waarde nodig.'],
    [['plan', '2026', '--time', '25:00'], '--time: Vul een tijd in als UU:MM'],
    [['plan', '2026', '--duration', '5'], '--duration: Een sessie duurt minstens 15 minuten.'],
    [['plan', '2026', '--weekday', 'zondagmiddag'], '--weekday: Kies een weekdag.'],
    [['plan', '2026', '--nth', '5'], '--nth: '],
    [['plan', '2026', '--out', 'x.ics'], '--out hoort bij jamsessie ics'],
    [['ics', '2026', '--site', 'http://localhost:3000'], '--site moet een https-adres zijn'],
    [['ics', '2026', '--out='], '--out heeft een bestandsnaam nodig'],
  ])('refuses %j in Dutch', (argv, message) => {
    expect(errorOf(argv)).toContain(message);
  });
});
