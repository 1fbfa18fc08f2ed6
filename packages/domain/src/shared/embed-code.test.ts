import { describe, expect, it } from 'vitest';
import { agendaPageOf, publicPaths } from './agenda-pages.js';
import { embedSnippet, embedUrl } from './embed-code.js';

describe('the embed code', () => {
  it('narrows the embedded agenda with the agenda filters thema and reeks', () => {
    expect(publicPaths.embed()).toBe('/embed');
    expect(publicPaths.embed({ theme: 'open-deuren' })).toBe('/embed?thema=open-deuren');
    expect(publicPaths.embed({ theme: 'open-deuren', series: 'jamsessies-vvlg' })).toBe(
      '/embed?thema=open-deuren&reeks=jamsessies-vvlg',
    );
    expect(agendaPageOf(publicPaths.embed({ series: 'x' }).split('?')[0]!)).toEqual({
      name: 'embed',
    });
  });

  it('builds an absolute address from the site origin, with or without a trailing slash', () => {
    expect(embedUrl('https://jamsessie.example/', { series: 'a b' })).toBe(
      'https://jamsessie.example/embed?reeks=a%20b',
    );
  });

  it('writes a titled, borderless iframe with the & written as HTML wants it', () => {
    const code = embedSnippet('https://jamsessie.example', { theme: 't', series: 's' });
    expect(code).toMatch(
      /^<iframe src="https:\/\/jamsessie\.example\/embed\?thema=t&amp;reeks=s" /,
    );
    expect(code).toContain('title="Agenda Radicale vernieuwing"');
    expect(code).toMatch(/<\/iframe>$/);
  });
});
