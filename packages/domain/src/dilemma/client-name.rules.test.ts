import { describe, expect, it } from 'vitest';
import { mayNameClient } from './client-name.rules.js';

describe('mayNameClient', () => {
  it.each([
    ['Mevrouw X wil graag alleen naar buiten.', 'Mevrouw X'],
    ['Wat doen we met meneer Jansen?', 'meneer Jansen'],
    ['Dhr. De Vries loopt elke dag hetzelfde rondje.', 'Dhr. De Vries'],
    ['Gisteren vertelde mw. van Dijk dat ze bang was.', 'mw. van Dijk'],
    ['Dat vond de heer Bakker geen goed idee.', 'de heer Bakker'],
    ['Het gaat om bewoner K. van de tweede etage.', 'bewoner K.'],
    ['Cliënt J.B. weigert de gps.', 'Cliënt J.B.'],
  ])('flags %j', (text, match) => {
    const r = mayNameClient(text);
    expect(r.flagged).toBe(true);
    expect(r.hints.map((h) => h.match)).toContain(match);
    expect(r.message).toContain(`„${match}”`);
  });

  it('flags room numbers', () => {
    const r = mayNameClient('De bewoner van kamer 12 en die op kamernummer 4b.');
    expect(r.hints.map((h) => [h.kind, h.match])).toEqual([
      ['room_number', 'kamer 12'],
      ['room_number', 'kamernummer 4b'],
    ]);
  });

  it('orders hints by position and gives their index', () => {
    const text = 'Op kamer 3 woont meneer Jansen.';
    const r = mayNameClient(text);
    expect(r.hints.map((h) => h.index)).toEqual([text.indexOf('kamer'), text.indexOf('meneer')]);
  });

  it.each([
    'En hoe ga je om met public opinions? Als voorbeeld: een meneer die buiten loopt, steeds hetzelfde rondje.',
    'Maar de heer gaat achteruit, in het dorp wordt dat gezien.',
    'Wie is meneer, wie is mevrouw en wat vindt hij of zij belangrijk?',
    'Een paar weken terug waren er drie bewoners weg binnen twee uur.',
    'We hebben een kamer vol vrijwilligers.',
  ])('does not flag ordinary Dutch: %j', (text) => {
    expect(mayNameClient(text)).toEqual({ flagged: false, hints: [], message: null });
  });
});
