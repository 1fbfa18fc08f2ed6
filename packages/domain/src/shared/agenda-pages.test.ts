import { describe, expect, it } from 'vitest';
import { agendaPageOf } from './agenda-pages.js';

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
