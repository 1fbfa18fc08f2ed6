import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes';

describe('matchRoute', () => {
  it('maps every page path to its route', () => {
    expect(matchRoute('/')).toEqual({ name: 'agenda' });
    expect(matchRoute('/agenda')).toEqual({ name: 'agenda' });
    expect(matchRoute('/agenda/jamsessie-7-april-2025')).toEqual({
      name: 'session',
      slug: 'jamsessie-7-april-2025',
    });
    expect(matchRoute('/agenda/jamsessie-7-april-2025/dilemma')).toEqual({
      name: 'dilemma',
      slug: 'jamsessie-7-april-2025',
    });
    expect(matchRoute('/week')).toEqual({ name: 'weekList' });
    expect(matchRoute('/week/week-2021')).toEqual({ name: 'weekEdition', slug: 'week-2021' });
    expect(matchRoute('/verslagen')).toEqual({ name: 'reports' });
    expect(matchRoute('/verslagen/verslag-1')).toEqual({ name: 'report', slug: 'verslag-1' });
    expect(matchRoute('/deelnemers')).toEqual({ name: 'participants' });
    expect(matchRoute('/embed')).toEqual({ name: 'embed' });
  });

  it('sends unknown paths and malformed slugs to the 404 page', () => {
    expect(matchRoute('/bestaat-niet')).toEqual({ name: 'notFound' });
    expect(matchRoute('/agenda/Hoofdletters')).toEqual({ name: 'notFound' });
    expect(matchRoute('/agenda/a/b/c')).toEqual({ name: 'notFound' });
  });

  it('round-trips the paths it builds', () => {
    expect(matchRoute(paths.session('x-1'))).toEqual({ name: 'session', slug: 'x-1' });
    expect(matchRoute(paths.report('r'))).toEqual({ name: 'report', slug: 'r' });
  });
});
