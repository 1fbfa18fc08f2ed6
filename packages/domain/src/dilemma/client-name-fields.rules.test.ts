import { describe, expect, it } from 'vitest';
import {
  clientNameHitKey,
  clientNameRefusalMessage,
  findClientNameHitsInFields,
} from './client-name-fields.rules.js';

const fields = [
  { field: 'title', label: 'Titel', text: 'Open deuren in maart' },
  {
    field: 'dilemmas.0.text',
    label: 'Dilemma 1',
    text: 'Mevrouw De Vries op kamer 12 wil elke dag alleen naar de markt.',
  },
];

describe('findClientNameHitsInFields', () => {
  it('gives each hit its field, kind, position and snippet', () => {
    const hits = findClientNameHitsInFields(fields);
    expect(hits.map((h) => [h.field, h.kind, h.match, h.index])).toEqual([
      ['dilemmas.0.text', 'title_and_name', 'Mevrouw De Vries', 0],
      ['dilemmas.0.text', 'room_number', 'kamer 12', 20],
    ]);
    expect(hits[1]?.snippet).toBe('Mevrouw De Vries op kamer 12 wil elke dag alleen naar de m…');
  });

  it('leaves out hits a coordinator marked "geen cliëntgegeven"', () => {
    const cleared = new Set([clientNameHitKey('dilemmas.0.text', 'room_number', 'Kamer 12')]);
    const hits = findClientNameHitsInFields(fields, cleared);
    expect(hits.map((h) => h.match)).toEqual(['Mevrouw De Vries']);
  });

  it('a mark on one field does not clear the same words in another', () => {
    const cleared = new Set([clientNameHitKey('title', 'room_number', 'kamer 12')]);
    expect(findClientNameHitsInFields(fields, cleared)).toHaveLength(2);
  });

  it('lists every hit in the Dutch refusal message', () => {
    const message = clientNameRefusalMessage(findClientNameHitsInFields(fields));
    expect(message).toContain('geen cliëntgegeven');
    expect(message).toContain('Dilemma 1: naam met aanspreekvorm „Mevrouw De Vries”');
    expect(message).toContain('Dilemma 1: kamernummer „kamer 12”');
  });
});
