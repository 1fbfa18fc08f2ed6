import { describe, expect, it } from 'vitest';
import { downloadPath, feedPaths, subscribeLinks } from './feeds';

describe('feeds', () => {
  it('names the server’s feed routes', () => {
    expect(feedPaths.agenda()).toBe('/agenda.ics');
    expect(feedPaths.theme('open-deuren')).toBe('/agenda/thema/open-deuren.ics');
    expect(feedPaths.series('jamsessies-vvlg')).toBe('/agenda/reeks/jamsessies-vvlg.ics');
    expect(feedPaths.session('jamsessie-7-april-2025')).toBe(
      '/agenda/sessie/jamsessie-7-april-2025.ics',
    );
  });

  it('makes a webcal and a web address of a feed', () => {
    expect(subscribeLinks('/agenda.ics', 'https://jamsessie.example')).toEqual({
      webcal: 'webcal://jamsessie.example/agenda.ics',
      web: 'https://jamsessie.example/agenda.ics',
    });
    expect(subscribeLinks('/agenda.ics', 'http://127.0.0.1:3000').webcal).toBe(
      'webcal://127.0.0.1:3000/agenda.ics',
    );
  });

  it('names the series downloads', () => {
    expect(downloadPath('jamsessies-vvlg', 'schedule')).toBe(
      '/downloads/reeks/jamsessies-vvlg/schema.pdf',
    );
    expect(downloadPath('jamsessies-vvlg', 'description')).toBe(
      '/downloads/reeks/jamsessies-vvlg/beschrijving.pdf',
    );
    expect(downloadPath('jamsessies-vvlg', 'invitation')).toBe(
      '/downloads/reeks/jamsessies-vvlg/uitnodiging.pdf',
    );
  });
});
