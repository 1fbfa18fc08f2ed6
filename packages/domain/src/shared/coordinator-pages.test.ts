import { describe, expect, it } from 'vitest';
import { coordinatorPageOf, coordinatorPaths } from './coordinator-pages.js';

describe('coordinatorPageOf', () => {
  it('reads every path the app links to back as its screen', () => {
    expect(coordinatorPageOf(coordinatorPaths.live('a b'))).toEqual({
      name: 'live',
      sessionId: 'a b',
    });
    expect(coordinatorPageOf(coordinatorPaths.resetPassword())).toEqual({ name: 'resetPassword' });
    expect(coordinatorPaths.embed({ theme: 'open-deuren' })).toBe(
      '/beheer/insluiten?thema=open-deuren',
    );
    expect(coordinatorPageOf(coordinatorPaths.embed().split('?')[0]!)).toEqual({ name: 'embed' });
    expect(coordinatorPageOf(coordinatorPaths.series('x', 2026).split('?')[0]!)).toEqual({
      name: 'series',
      seriesId: 'x',
    });
  });

  it('knows no page outside the app, an unknown path or a broken escape', () => {
    expect(coordinatorPageOf('/agenda')).toBeNull();
    expect(coordinatorPageOf('/beheerder/')).toBeNull();
    expect(coordinatorPageOf('/beheer/bestaat-niet')).toBeNull();
    expect(coordinatorPageOf('/beheer/sessies/%E0%A4%A')).toBeNull();
  });
});
