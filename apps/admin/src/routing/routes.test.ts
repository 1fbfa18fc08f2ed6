import { describe, expect, it } from 'vitest';
import { isPublicRoute, matchRoute, paths, yearParam } from './routes';

describe('matchRoute', () => {
  it('reads every screen from its path', () => {
    expect(matchRoute('/beheer/')).toEqual({ name: 'dashboard' });
    expect(matchRoute('/beheer')).toEqual({ name: 'dashboard' });
    expect(matchRoute('/beheer/planning')).toEqual({ name: 'plan' });
    expect(matchRoute('/beheer/planning/nieuw')).toEqual({ name: 'seriesNew' });
    expect(matchRoute('/beheer/sessies/abc/live')).toEqual({ name: 'live', sessionId: 'abc' });
    expect(matchRoute('/beheer/sessies/abc/verslag/')).toEqual({
      name: 'report',
      sessionId: 'abc',
    });
    expect(matchRoute('/beheer/meekijken/t%20k')).toEqual({ name: 'share', token: 't k' });
  });

  it('round-trips the paths it builds', () => {
    expect(matchRoute(paths.inventory('x-1'))).toEqual({ name: 'inventory', sessionId: 'x-1' });
    expect(matchRoute(paths.weekEdition('e'))).toEqual({ name: 'weekEdition', editionId: 'e' });
    expect(matchRoute(paths.series('s', 2026).split('?')[0] ?? '')).toEqual({
      name: 'series',
      seriesId: 's',
    });
  });

  it('refuses paths outside the app and unknown ones', () => {
    expect(matchRoute('/agenda')).toEqual({ name: 'notFound' });
    expect(matchRoute('/beheerder')).toEqual({ name: 'notFound' });
    expect(matchRoute('/beheer/onbekend')).toEqual({ name: 'notFound' });
    expect(matchRoute('/beheer/sessies/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('lets only the shared view through without signing in', () => {
    expect(isPublicRoute({ name: 'share', token: 't' })).toBe(true);
    expect(isPublicRoute({ name: 'dashboard' })).toBe(false);
    expect(isPublicRoute(matchRoute(paths.forgotPassword()))).toBe(true);
    expect(isPublicRoute(matchRoute(paths.resetPassword()))).toBe(true);
    expect(isPublicRoute(matchRoute(paths.password()))).toBe(false);
    expect(paths.resetPassword()).toBe('/beheer/wachtwoord-herstellen');
  });
});

describe('yearParam', () => {
  it('reads a plausible year and falls back otherwise', () => {
    expect(yearParam('?jaar=2026', 2025)).toBe(2026);
    expect(yearParam('?jaar=26', 2025)).toBe(2025);
    expect(yearParam('', 2024)).toBe(2024);
  });
});
