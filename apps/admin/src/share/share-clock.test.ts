import { describe, expect, it } from 'vitest';
import { shareClockAt, shareClockLabel } from './share-clock';

const clock = {
  plannedSeconds: 900,
  extendedSeconds: 0,
  remainingSeconds: 70,
  overrunSeconds: 0,
  paused: false,
};

describe('shareClockAt', () => {
  it('counts down from the server’s remaining time', () => {
    expect(shareClockAt(clock, 0)).toEqual({ display: '1:10', tone: 'normal' });
    expect(shareClockAt(clock, 10_500)).toEqual({ display: '1:00', tone: 'warning' });
  });

  it('runs into the overrun and stands still while paused', () => {
    expect(shareClockAt(clock, 100_000)).toEqual({ display: '+0:30', tone: 'over' });
    expect(shareClockAt({ ...clock, remainingSeconds: 0, overrunSeconds: 5 }, 0).display).toBe(
      '+0:05',
    );
    expect(shareClockAt({ ...clock, paused: true }, 100_000).display).toBe('1:10');
  });
});

describe('shareClockLabel', () => {
  it('says "Over de tijd" in overtime and "Gepauzeerd" while paused', () => {
    expect(shareClockLabel('over', false)).toBe('Over de tijd');
    expect(shareClockLabel('over', true)).toBe('Gepauzeerd');
    expect(shareClockLabel('warning', false)).toBe('Tijd over in deze stap');
  });
});
