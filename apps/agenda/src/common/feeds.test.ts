import { describe, expect, it } from 'vitest';
import { subscribeLinks } from './feeds';

describe('feeds', () => {
  it('makes a webcal and a web address of a feed', () => {
    expect(subscribeLinks('/agenda.ics', 'https://jamsessie.example')).toEqual({
      webcal: 'webcal://jamsessie.example/agenda.ics',
      web: 'https://jamsessie.example/agenda.ics',
    });
    expect(subscribeLinks('/agenda.ics', 'http://127.0.0.1:3000').webcal).toBe(
      'webcal://127.0.0.1:3000/agenda.ics',
    );
  });
});
