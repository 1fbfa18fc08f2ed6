import { describe, expect, it } from 'vitest';
import { findClientNameHints, mayNameClient, passesElevenTest } from './client-name.rules.js';

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

  it('speaks to the writer on the form and about the text to a coordinator', () => {
    const text = 'Wat doen we met meneer Jansen?';
    expect(mayNameClient(text).message).toMatch(/^Noemt je tekst misschien een cliënt/);
    expect(mayNameClient(text, 'coordinator').message).toMatch(
      /^Deze tekst noemt misschien een cliënt \(„meneer Jansen”\)\. Haal /,
    );
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

  it.each([
    ['Familie Bakker belt elke dag.', 'title_and_name', 'Familie Bakker'],
    ['Mej. Smit wil geen gps.', 'title_and_name', 'Mej. Smit'],
    ['Zij ligt op bed 3 bij het raam.', 'bed_number', 'bed 3'],
    ['Geboren 12-03-1941 in Zwolle.', 'date_of_birth', 'Geboren 12-03-1941'],
    ['geb. 3 maart 1938, weduwe.', 'date_of_birth', 'geb. 3 maart 1938'],
    ['Haar geboortedatum: 1/2/40.', 'date_of_birth', 'geboortedatum: 1/2/40'],
    ['Sinds 04-11-1936 is zij hier.', 'date_of_birth', '04-11-1936'],
    ['Hij woont aan de Dorpsstraat 12 in het dorp.', 'address', 'Dorpsstraat 12'],
    ['Het adres is Van Goghlaan 3a.', 'address', 'Goghlaan 3a'],
    ['Postcode 3511 AB, vlakbij.', 'postcode', '3511 AB'],
    ['Postcode 3511AB, vlakbij.', 'postcode', '3511AB'],
    ['Haar BSN is 111222333.', 'bsn', '111222333'],
    ['Nummer 1112.22.333 stond op de map.', 'bsn', '1112.22.333'],
  ])('flags %j as %s', (text, kind, match) => {
    expect(findClientNameHints(text)).toContainEqual({ kind, match, index: text.indexOf(match) });
  });

  it('finds the defect-1 dilemma name and room, each once', () => {
    const text = 'Mevrouw De Vries op kamer 12 wil elke dag alleen naar de markt.';
    expect(findClientNameHints(text)).toEqual([
      { kind: 'title_and_name', match: 'Mevrouw De Vries', index: 0 },
      { kind: 'room_number', match: 'kamer 12', index: 20 },
    ]);
  });

  it.each([
    'Op 3 maart 2025 hadden we de eerste jamsessie.',
    'We spraken op 03-03-2025 over open deuren.',
    'Ze liep in 2024 drie keer weg.',
    'Bel 0612345678 voor de link.',
    'Het nummer 123456789 klopt niet met de 11-proef.',
    'We hebben het over de Wet zorg en dwang en de markt.',
    'Een bed in de huiskamer.',
    'Ze gaat 2 keer per week naar de markt.',
  ])('does not flag %j', (text) => {
    expect(findClientNameHints(text)).toEqual([]);
  });

  it('checks the 11-proef', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });
});
