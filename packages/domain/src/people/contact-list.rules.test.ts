import { describe, expect, it } from 'vitest';
import { contactListFor, sharesContact, sharingConfirmed } from './contact-list.rules.js';
import type { ConsentRecord } from './consent.schema.js';
import type { Attendee } from './person.schema.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [NOOR, BRAM, SEM, LIEKE] = [uuid(1), uuid(2), uuid(3), uuid(4)];
const SESSION = uuid(100);
const OTHER_SESSION = uuid(101);
const t = (min: number) => new Date(Date.UTC(2025, 2, 3, 12, min)).toISOString();

const attendee = (id: string, name: string, org: string | null): Attendee => ({
  person: {
    id,
    displayName: name,
    email: `${name.toLowerCase()}@zorg.example`,
    organisationId: null,
    isLocMember: false,
    version: 1,
  },
  organisationName: org,
});
let n = 0;
const share = (
  personId: string,
  granted: boolean,
  at: string,
  subjectId: string | null = SESSION,
  method: 'confirmed_email' | 'coordinator' = 'confirmed_email',
): ConsentRecord => ({
  id: uuid(500 + (n += 1)),
  personId,
  subject: 'contact_sharing',
  subjectId,
  granted,
  at,
  by: method === 'coordinator' ? uuid(900) : null,
  method,
});

const attendees = [
  attendee(NOOR, 'Noor', 'Zorggroep De Linde'),
  attendee(BRAM, 'Bram', 'Stichting Het Anker'),
  attendee(SEM, 'Sem', null),
  attendee(LIEKE, 'Lieke', 'Zorggroep De Linde'),
];

describe('contactListFor', () => {
  it('gives each opted-in attendee the other opted-in attendees, and nobody else', () => {
    const records = [
      share(NOOR, true, t(50)),
      share(BRAM, true, t(51)),
      share(LIEKE, true, t(50)),
      share(LIEKE, false, t(55)), // withdrew
    ];
    const list = contactListFor(attendees, records, { sessionId: SESSION });
    expect(list).toEqual([
      {
        personId: NOOR,
        contacts: [
          {
            personId: BRAM,
            name: 'Bram',
            email: 'bram@zorg.example',
            organisation: 'Stichting Het Anker',
          },
        ],
      },
      {
        personId: BRAM,
        contacts: [
          {
            personId: NOOR,
            name: 'Noor',
            email: 'noor@zorg.example',
            organisation: 'Zorggroep De Linde',
          },
        ],
      },
    ]);
    const everywhere = JSON.stringify(list);
    expect(everywhere).not.toContain(SEM);
    expect(everywhere).not.toContain('lieke');
  });

  it('accepts a general opt-in but not one for another session', () => {
    const records = [
      share(NOOR, true, t(0), null),
      share(BRAM, true, t(0), OTHER_SESSION),
      share(SEM, true, t(0)),
    ];
    const list = contactListFor(attendees, records, { sessionId: SESSION });
    expect(list.map((e) => e.personId)).toEqual([NOOR, SEM]);
  });

  it('lets a later session-specific withdrawal beat an earlier general opt-in', () => {
    const records = [share(NOOR, true, t(0), null), share(NOOR, false, t(5), SESSION)];
    expect(sharesContact(records, NOOR, SESSION)).toBe(false);
    expect(sharesContact(records, NOOR, OTHER_SESSION)).toBe(true);
  });

  it('lists nobody when only one person opted in, and lists a person once', () => {
    const one = contactListFor(attendees, [share(NOOR, true, t(0))], { sessionId: SESSION });
    expect(one).toEqual([{ personId: NOOR, contacts: [] }]);
    const twice = contactListFor(
      [...attendees, attendees[1]!],
      [share(NOOR, true, t(0)), share(BRAM, true, t(0))],
      {
        sessionId: SESSION,
      },
    );
    expect(twice.map((e) => e.contacts.length)).toEqual([1, 1]);
  });

  it('ignores consents about other subjects', () => {
    const reaction: ConsentRecord = {
      id: uuid(900),
      personId: NOOR,
      subject: 'reaction',
      subjectId: SESSION,
      level: 'quotable',
      at: t(0),
      by: null,
    };
    expect(contactListFor(attendees, [reaction], { sessionId: SESSION })).toEqual([]);
  });
});

describe('sharingConfirmed', () => {
  it("needs the person's own yes: a coordinator's note waits for it, a later note undoes it", () => {
    const noted = [share(NOOR, true, t(50), SESSION, 'coordinator')];
    expect(sharesContact(noted, NOOR, SESSION)).toBe(true);
    expect(sharingConfirmed(noted, NOOR, SESSION)).toBe(false);
    const confirmed = [...noted, share(NOOR, true, t(52))];
    expect(sharingConfirmed(confirmed, NOOR, SESSION)).toBe(true);
    const changedByCoordinator = [...confirmed, share(NOOR, true, t(53), SESSION, 'coordinator')];
    expect(sharingConfirmed(changedByCoordinator, NOOR, SESSION)).toBe(false);
    const saidNo = [...confirmed, share(NOOR, false, t(54))];
    expect(sharingConfirmed(saidNo, NOOR, SESSION)).toBe(false);
    expect(sharingConfirmed([], NOOR, SESSION)).toBe(false);
  });

  it('keeps an unconfirmed yes out of every contact list', () => {
    const records = [
      share(NOOR, true, t(50)),
      share(BRAM, true, t(50)),
      share(SEM, true, t(50), SESSION, 'coordinator'),
    ];
    const list = contactListFor(attendees, records, { sessionId: SESSION });
    expect(list.map((entry) => entry.personId)).toEqual([NOOR, BRAM]);
    expect(JSON.stringify(list)).not.toContain(SEM);
  });
});
