import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { describe, expect, it } from 'vitest';
import { AMSTERDAM_VTIMEZONE, amsterdamVtimezone } from './amsterdam.vtimezone.js';

describe('AMSTERDAM_VTIMEZONE', () => {
  it('is exactly what @touch4it/ical-timezones generates for Europe/Amsterdam', () => {
    expect(AMSTERDAM_VTIMEZONE).toBe(getVtimezoneComponent('Europe/Amsterdam'));
  });

  it('is only handed out for Europe/Amsterdam', () => {
    expect(amsterdamVtimezone('Europe/Amsterdam')).toBe(AMSTERDAM_VTIMEZONE);
    expect(amsterdamVtimezone('Europe/Brussels')).toBeNull();
  });
});
