import { protocolReducer } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { after, inventoryState, runningState, startAt } from '../test/protocol-fixtures';
import { countdownView, formatClock, spokenDuration } from './countdown';

describe('formatClock', () => {
  it('shows minutes and zero-padded seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(9)).toBe('0:09');
    expect(formatClock(299)).toBe('4:59');
    expect(formatClock(900)).toBe('15:00');
  });

  it('adds hours only past an hour and never goes negative', () => {
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(59.9)).toBe('0:59');
  });
});

describe('spokenDuration', () => {
  it('speaks Dutch singular and plural', () => {
    expect(spokenDuration(1)).toBe('1 seconde');
    expect(spokenDuration(61)).toBe('1 minuut en 1 seconde');
    expect(spokenDuration(120)).toBe('2 minuten');
    expect(spokenDuration(135)).toBe('2 minuten en 15 seconden');
  });
});

describe('countdownView', () => {
  it('has no clock before the start', () => {
    expect(countdownView(inventoryState(), startAt)).toBeNull();
  });

  it('counts down the 5-minute box of step 1 from the server’s start time', () => {
    const view = countdownView(runningState(), after(1));
    expect(view).toMatchObject({ display: '4:59', tone: 'normal', remainingSeconds: 299 });
    expect(view?.spoken).toBe('nog 4 minuten en 59 seconden');
  });

  it('turns amber in the last minute and shows the overrun with a plus', () => {
    expect(countdownView(runningState(), after(250))?.tone).toBe('warning');
    const over = countdownView(runningState(), after(390));
    expect(over).toMatchObject({ tone: 'over', display: '+1:30', overrunSeconds: 90 });
    expect(over?.fraction).toBe(1);
    expect(over?.spoken).toBe('1 minuut en 30 seconden over de tijd');
  });

  it('freezes while paused and counts an extension', () => {
    let s = protocolReducer(runningState(), { type: 'pause', at: after(60) });
    expect(countdownView(s, after(600))).toMatchObject({ display: '4:00', paused: true });
    s = protocolReducer(s, { type: 'extend', minutes: 1, at: after(600) });
    expect(countdownView(s, after(600))).toMatchObject({ display: '5:00', boxSeconds: 360 });
  });
});
