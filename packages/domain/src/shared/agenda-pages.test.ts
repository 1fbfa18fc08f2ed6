import { describe, expect, it } from 'vitest';
import { agendaPageOf, linkInFragment, myDataLink } from './agenda-pages.js';

describe('agendaPageOf', () => {
  it('knows every page of the agenda', () => {
    expect(agendaPageOf('/')).toEqual({ name: 'agenda' });
    expect(agendaPageOf('/agenda/')).toEqual({ name: 'agenda' });
    expect(agendaPageOf('/agenda/jamsessie-7-april-2025/dilemma')).toEqual({
      name: 'dilemma',
      slug: 'jamsessie-7-april-2025',
    });
    expect(agendaPageOf('/week/week-2025')).toEqual({ name: 'weekEdition', slug: 'week-2025' });
    expect(agendaPageOf('/embed')).toEqual({ name: 'embed' });
    expect(agendaPageOf('/tips')).toEqual({ name: 'tips' });
    expect(agendaPageOf('/tips/')).toEqual({ name: 'tips' });
    expect(agendaPageOf('/mijn-gegevens')).toEqual({ name: 'myData' });
  });

  it('puts one-time links in the fragment of the own page, and reads them back', () => {
    const link = myDataLink('https://jamsessie.test', 'confirm_dilemma', 'abc_DEF-1');
    expect(link).toBe('https://jamsessie.test/mijn-gegevens#bevestigen=abc_DEF-1');
    expect(linkInFragment(new URL(link).hash)).toEqual({
      purpose: 'confirm_dilemma',
      token: 'abc_DEF-1',
    });
    expect(linkInFragment('#aanmelden=x')).toEqual({ purpose: 'sign_in', token: 'x' });
    expect(linkInFragment('#iets=x')).toBeNull();
    expect(linkInFragment('')).toBeNull();
  });

  it('gives null for anything else, so the server can answer 404', () => {
    for (const path of [
      '/bestaat-niet',
      '/agenda/Hoofdletters',
      '/embedbeheer/',
      '/week/a/b',
      '/tips/x',
    ]) {
      expect(agendaPageOf(path), path).toBeNull();
    }
  });
});
