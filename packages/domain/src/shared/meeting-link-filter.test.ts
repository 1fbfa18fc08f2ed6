import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REDACTED_LINK,
  compileMeetingLinkFilter,
  meetingLinkWarning,
} from './meeting-link-filter.js';

const ZOOM = 'https://us02web.zoom.us/j/87612345678?pwd=SecretPwdQ7x9Zk';
const TEAMS = 'https://teams.example/l/meetup-join/19%3ameeting_ABC123xyz%40thread.v2/0?context=x';
const filter = compileMeetingLinkFilter([ZOOM, TEAMS, null, '']);
const R = REDACTED_LINK;

describe('compileMeetingLinkFilter: the link in its spellings', () => {
  it.each([
    [`Doe mee via ${ZOOM}.`, `Doe mee via ${R}.`],
    ['Doe mee via https://US02WEB.ZOOM.US/j/87612345678 vandaag', `Doe mee via ${R} vandaag`],
    ['(zie www.us02web.zoom.us/j/87612345678?pwd=anders#x)', `(zie ${R})`],
    ['link: us02web.zoom.us/j/87612345678/', `link: ${R}`],
    ['<a href="https://us02web.zoom.us/j/87612345678">hier</a>', `<a href="${R}">hier</a>`],
    ['teams.example/l/meetup-join/19:meeting_ABC123xyz@thread.v2/0', R],
  ])('redacts %j', (text, expected) => {
    expect(filter.redact(text)).toBe(expected);
  });

  it('finds the meeting ID with any host, and written in groups', () => {
    expect(filter.redact('zoom.us/j/87612345678 of ID 876 1234 5678 of 876-1234-5678')).toBe(
      `${R} of ID ${R} of ${R}`,
    );
    expect(
      filter.redact('id 19:meeting_ABC123xyz@thread.v2 of 19%3Ameeting_ABC123xyz%40thread.v2'),
    ).toBe(`id ${R} of ${R}`);
  });

  it('finds the passcode value, bare and after a label', () => {
    expect(
      filter.redact('us02web.zoom.us/j/87612345678 (code SecretPwdQ7x9Zk); secretpwdq7x9zk'),
    ).toBe(`${R} (code ${R}); ${R}`);
  });

  it('finds a written-out passcode or ID after a label even if no link knows it', () => {
    const none = compileMeetingLinkFilter([]);
    expect(none.redact('Wachtwoord: geheim, passcode 123456, Meeting-ID: 912 3456 7890.')).toBe(
      `Wachtwoord: ${R}, passcode ${R}, Meeting-ID: ${R}.`,
    );
    expect(none.redact('code rood, wachtwoord vergeten, postcode 1234AB, de code is')).toBe(
      'code rood, wachtwoord vergeten, postcode 1234AB, de code is',
    );
  });

  it('leaves other links, other IDs and ordinary numbers alone', () => {
    const text =
      'Zie https://zoom.us/j/87612345679 en zoom.us/j/876123456780, bel 020 123 4567, 2025.';
    expect(filter.redact(text)).toBe(text);
    expect(filter.find(text)).toEqual([]);
  });

  it('tells what it found, in order, for the coordinator warning', () => {
    expect(
      filter.find('ID 876 1234 5678, wachtwoord: abcd, zie us02web.zoom.us/j/87612345678'),
    ).toEqual([
      { kind: 'meeting-id', text: '876 1234 5678' },
      { kind: 'passcode', text: 'abcd' },
      { kind: 'link', text: 'us02web.zoom.us/j/87612345678' },
    ]);
  });
});

describe('compileMeetingLinkFilter: properties', () => {
  // Words without digits and without the letters of a label, so filler never looks secret.
  const filler = fc
    .array(
      fc.constantFrom(
        'open',
        'deuren',
        'in',
        'de',
        'wijk',
        'vrij',
        'heid',
        'ja',
        '.',
        ',',
        '!',
        '?',
        '(',
        ')',
        '\n',
        ' ',
      ),
      { maxLength: 12 },
    )
    .map((words) => words.join(' '));
  const id = fc.integer({ min: 100_000_000, max: 99_999_999_999 }).map(String);
  const pwd = fc.stringMatching(/^[A-Za-z]{4}[0-9][A-Za-z0-9]{3,10}$/);
  const host = fc.constantFrom('zoom.us', 'us02web.zoom.us', 'vergader.example.nl');

  const spelling = (h: string, meeting: string, pass: string) =>
    fc
      .record({
        scheme: fc.constantFrom('', 'https://', 'http://', 'HTTPS://'),
        www: fc.boolean(),
        query: fc.constantFrom('', `?pwd=${pass}`, `?pwd=${pass}&uname=x`, '#success', '/'),
        upper: fc.boolean(),
        form: fc.constantFrom('link', 'id-spaces', 'id-dashes', 'passcode', 'wachtwoord'),
      })
      .map(({ scheme, www, query, upper, form }) => {
        const grouped = (sep: string) =>
          [meeting.slice(0, 3), meeting.slice(3, 7), meeting.slice(7)].filter(Boolean).join(sep);
        const text = {
          link: `${scheme}${www ? 'www.' : ''}${h}/j/${meeting}${query}`,
          'id-spaces': `meeting ID ${grouped(' ')}`,
          'id-dashes': grouped('-'),
          passcode: `passcode ${pass}`,
          wachtwoord: `wachtwoord: ${pass}`,
        }[form];
        return upper ? text.toUpperCase() : text;
      });

  it('no spelling of the link, its ID or its passcode survives, wherever it stands', () => {
    fc.assert(
      fc.property(
        host,
        id,
        pwd,
        filler,
        filler,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        (h, meeting, pass, before, after, repeats) => {
          const link = `https://${h}/j/${meeting}?pwd=${pass}`;
          const f = compileMeetingLinkFilter(['https://elders.example/j/123456789', link]);
          return fc.assert(
            fc.property(spelling(h, meeting, pass), (secret) => {
              const text = `${before} ${repeats.map(() => secret).join(' en ')} ${after}`;
              const out = f.redact(text).toLowerCase();
              expect(out.replace(/[\s.-]/g, '')).not.toContain(meeting);
              expect(out).not.toContain(pass.toLowerCase());
              expect(out).not.toContain(`${h}/j/`);
              expect(f.find(text).length).toBeGreaterThan(0);
              // Redacting again changes nothing: the replacement itself is clean.
              expect(f.redact(f.redact(text))).toBe(f.redact(text));
            }),
            { numRuns: 5 },
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('text without any part of a link comes back unchanged', () => {
    fc.assert(
      fc.property(host, id, pwd, filler, (h, meeting, pass, text) => {
        const f = compileMeetingLinkFilter([`https://${h}/j/${meeting}?pwd=${pass}`]);
        expect(f.redact(text)).toBe(text);
        expect(f.find(text)).toEqual([]);
      }),
    );
  });
});

describe('meetingLinkWarning', () => {
  it('names what was found, in Dutch, and says nothing without hits', () => {
    expect(meetingLinkWarning([])).toBeNull();
    const warning = meetingLinkWarning(
      filter.find('ID 876 1234 5678, zie us02web.zoom.us/j/87612345678'),
    );
    expect(warning).toMatch(/^Let op: deze tekst bevat een meeting-ID en een vergaderlink\./);
    expect(warning).toContain(R);
  });
});
