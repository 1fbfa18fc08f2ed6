import { describe, expect, it } from 'vitest';
import { parseCommand, type PlanOptions } from './cli.args.js';
import { plannedDates } from './cli.plan.js';
import { renderPlan } from './plan.command.js';

function plan(argv: string[]): PlanOptions {
  const command = parseCommand(['plan', ...argv]);
  if (command.kind !== 'plan') throw new Error(JSON.stringify(command));
  return command.plan;
}

const themes = ['--themes', 'Open deuren,Vrijheid en veiligheid thuis'];

describe('plannedDates', () => {
  it('gives the first Mondays of 2025, with 3 March and 7 April as in the source text', () => {
    const dates = plannedDates(plan(['2025', ...themes]));
    expect(dates.map((d) => d.date)).toContain('2025-03-03');
    expect(dates.map((d) => d.date)).toContain('2025-04-07');
    const march = dates.find((d) => d.date === '2025-03-03');
    const april = dates.find((d) => d.date === '2025-04-07');
    expect(march?.startsAt).toBe('2025-03-03T12:00:00.000Z');
    expect(april?.startsAt).toBe('2025-04-07T11:00:00.000Z');
  });

  it('alternates the themes from January on', () => {
    const labels = plannedDates(plan(['2026', ...themes])).map((d) => d.themeLabel);
    expect(labels.slice(0, 3)).toEqual([
      'Open deuren',
      'Vrijheid en veiligheid thuis',
      'Open deuren',
    ]);
  });
});

describe('renderPlan', () => {
  const text = renderPlan(plan(['2026', ...themes]));
  const lines = text.split('\n');

  it('heads the table with the series, the rule and the themes', () => {
    expect(lines.slice(0, 3)).toEqual([
      'Jamsessies 2026',
      'elke eerste maandag van de maand, 13.00–14.00 uur',
      'Thema’s: Open deuren, Vrijheid en veiligheid thuis (om de beurt)',
    ]);
  });

  it('lists twelve dates in Dutch with time and theme', () => {
    const rows = lines.filter((line) => /^\s*\d+\. /.test(line));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^ 1\. {2}maandag 5 januari 2026 +13\.00–14\.00 uur {2}Open deuren$/);
    expect(rows[11]).toMatch(/^12\. {2}maandag 7 december 2026 +13\.00–14\.00 uur {2}Vrijheid/);
  });

  it('flags Tweede Paasdag on 6 April 2026 and sums up the flagged dates', () => {
    const april = lines.find((line) => line.includes('maandag 6 april 2026'));
    expect(april).toMatch(/! Tweede Paasdag \(feestdag\)$/);
    expect(text).toContain('12 data. Let op: 1 datum valt op een feestdag of in de carnaval:');
    expect(text).toContain('  - maandag 6 april 2026: Tweede Paasdag (feestdag)');
  });

  it('flags carnival (3 March 2025) and Bevrijdingsdag (5 May 2025)', () => {
    const text2025 = renderPlan(plan(['2025']));
    expect(text2025).toContain('maandag 3 maart 2025: Carnavalsmaandag (carnaval)');
    expect(text2025).toContain('maandag 5 mei 2025: Bevrijdingsdag (feestdag)');
    expect(text2025).toContain('Let op: 2 data vallen');
  });

  it('says so when no date is flagged, and leaves the theme column out without themes', () => {
    const quiet = renderPlan(plan(['2025', '--weekday', 'dinsdag', '--nth', 'laatste']));
    expect(quiet).toContain('12 data, geen daarvan op een feestdag of in de carnaval.');
    expect(quiet).not.toContain('Thema’s');
    expect(quiet).toMatch(/^ 1\. {2}dinsdag 28 januari 2025 +13\.00–14\.00 uur$/m);
  });

  it('uses the given time and duration, in Amsterdam time all year', () => {
    const late = renderPlan(plan(['2026', '--time', '15:30', '--duration', '45']));
    const rows = late.split('\n').filter((line) => /^\s*\d+\. /.test(line));
    expect(rows.every((row) => row.includes('15.30–16.15 uur'))).toBe(true);
  });
});
