import { describe, expect, it } from 'vitest';
import {
  agendaPageOf,
  calendarFeedOf,
  downloadOf,
  downloadPath,
  feedPaths,
  linkInFragment,
  myDataLink,
  publicPaths,
  publicUrl,
  subscriptionPaths,
  type AgendaPage,
} from './agenda-pages.js';

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
    expect(linkInFragment('#toestemming=x')).toEqual({ purpose: 'consent', token: 'x' });
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

describe('publicPaths', () => {
  it('builds a path for every page that the page table reads back', () => {
    const slug = 'jamsessie-7-april-2025';
    const pages: Array<[string, AgendaPage]> = [
      [publicPaths.agenda(), { name: 'agenda' }],
      [publicPaths.session(slug), { name: 'session', slug }],
      [publicPaths.dilemma(slug), { name: 'dilemma', slug }],
      [publicPaths.weekList(), { name: 'weekList' }],
      [publicPaths.weekEdition('week-2025'), { name: 'weekEdition', slug: 'week-2025' }],
      [publicPaths.reports(), { name: 'reports' }],
      [publicPaths.report('open-deuren'), { name: 'report', slug: 'open-deuren' }],
      [publicPaths.tips(), { name: 'tips' }],
      [publicPaths.participants(), { name: 'participants' }],
      [publicPaths.myData(), { name: 'myData' }],
      [publicPaths.embed(), { name: 'embed' }],
    ];
    for (const [path, page] of pages) expect(agendaPageOf(path), path).toEqual(page);
    expect(Object.keys(publicPaths).filter((name) => name !== 'seriesAgenda')).toEqual(
      pages.map(([, page]) => page.name),
    );
  });

  it('spells the addresses mail, feeds and documents link to', () => {
    expect(publicPaths.session('jamsessie-7-april-2025')).toBe('/agenda/jamsessie-7-april-2025');
    expect(publicPaths.seriesAgenda('jamsessies-vvlg')).toBe('/agenda?reeks=jamsessies-vvlg');
    expect(agendaPageOf(publicPaths.seriesAgenda('x').split('?')[0] ?? '')).toEqual({
      name: 'agenda',
    });
    expect(publicUrl('https://jamsessie.example/', publicPaths.report('r'))).toBe(
      'https://jamsessie.example/verslagen/r',
    );
    expect(publicUrl('https://jamsessie.example', publicPaths.agenda())).toBe(
      'https://jamsessie.example/',
    );
  });
});

describe('feeds and downloads', () => {
  it('names the feed paths and reads each back', () => {
    expect(feedPaths.agenda()).toBe('/agenda.ics');
    expect(feedPaths.reportsRss()).toBe('/verslagen.rss');
    expect(calendarFeedOf(feedPaths.agenda())).toEqual({ kind: 'all' });
    for (const kind of ['theme', 'series', 'session'] as const) {
      expect(calendarFeedOf(feedPaths[kind]('open-deuren'))).toEqual({ kind, slug: 'open-deuren' });
    }
    expect(feedPaths.theme('open-deuren')).toBe('/agenda/thema/open-deuren.ics');
    expect(calendarFeedOf('/agenda/thema/Geen Slug.ics')).toBeNull();
    expect(calendarFeedOf('/agenda/reeks/../../geheim.ics')).toBeNull();
  });

  it('names the series downloads and reads each back', () => {
    expect(downloadPath('jamsessies-vvlg', 'schedule')).toBe(
      '/downloads/reeks/jamsessies-vvlg/schema.pdf',
    );
    expect(downloadOf(downloadPath('jamsessies-vvlg', 'description'))).toEqual({
      slug: 'jamsessies-vvlg',
      document: 'beschrijving',
      format: 'pdf',
    });
    expect(downloadOf(downloadPath('v', 'invitation', 'png'))).toEqual({
      slug: 'v',
      document: 'uitnodiging',
      format: 'png',
    });
    expect(downloadOf('/downloads/reeks/v/schema.png')).toBeNull();
    expect(downloadOf(`/downloads/reeks/${'a'.repeat(81)}/schema.pdf`)).toBeNull();
  });

  it('keeps the subscription pages under /abonnement', () => {
    expect(Object.values(subscriptionPaths).every((path) => path.startsWith('/abonnement/'))).toBe(
      true,
    );
  });
});
