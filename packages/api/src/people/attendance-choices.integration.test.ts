import {
  APRIL_SESSION_ID,
  MARCH_SESSION_ID,
  databaseKindsUnderTest,
  findPersonByEmail,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCoordinator, callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

const coordinator = aCoordinator();
/** During the 7 April 2025 session (13.00–14.00 Amsterdam, 11:00–12:00 UTC). */
const AFTER_START = new Date('2025-04-07T11:55:00.000Z');

describe.each(databaseKindsUnderTest())('what the attendance form offers on %s', (kind) => {
  let handle: DatabaseHandle;
  const admin = () => callerFor(handle.db, { user: coordinator, now: AFTER_START }).admin;

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('offers who brought a dilemma here first, then who attended or brought one before', async () => {
    await admin().people.create({
      displayName: 'Nooit Geweest',
      email: 'nooit@elders.example',
      organisationId: null,
      isLocMember: false,
    });
    const { people } = await admin().people.attendance.choices({ sessionId: APRIL_SESSION_ID });
    expect(people[0]).toMatchObject({
      displayName: 'Noor Visser',
      broughtDilemmaHere: true,
      organisationName: 'Zorgcentrum De Wilgen (demo)',
    });
    const rest = people.slice(1).map((p) => p.displayName);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(rest).toContain('Sanne Willems');
    expect(rest).not.toContain('Nooit Geweest');
    expect(people.find((p) => p.displayName === 'Sanne Willems')?.attended).toBe(1);
  });

  it('leaves out who is already recorded for the session', async () => {
    const { people } = await admin().people.attendance.choices({ sessionId: MARCH_SESSION_ID });
    // Everyone of 3 March is recorded; only Noor (a dilemma for April) is left to pick.
    expect(people.map((p) => [p.displayName, p.broughtDilemmaHere])).toEqual([
      ['Noor Visser', false],
    ]);
  });

  it('lists the organisations taking part on the date first, a past participant after', async () => {
    const { organisations } = await admin().people.attendance.choices({
      sessionId: APRIL_SESSION_ID,
    });
    const firstOther = organisations.findIndex((o) => !o.participating);
    expect(firstOther).toBeGreaterThan(0);
    expect(organisations.slice(firstOther).every((o) => !o.participating)).toBe(true);
    const brug = organisations.find((o) => o.name.startsWith('Thuiszorg De Brug'));
    expect(brug).toMatchObject({ participating: false, emailDomains: ['debrug.example'] });
    expect(organisations.find((o) => o.name.startsWith('Zorgcentrum De Wilgen'))).toMatchObject({
      participating: true,
      emailDomains: ['dewilgen.example', 'wilgen-thuis.example'],
    });
  });

  it('records a picked person by id, and a new one with the organisation of their domain', async () => {
    const { people } = await admin().people.attendance.choices({ sessionId: APRIL_SESSION_ID });
    const noor = people[0]!;
    await admin().contacts.recordParticipants({
      sessionId: APRIL_SESSION_ID,
      participants: [
        { personId: noor.id, sharesContact: false },
        { displayName: 'Nieuwe Wilg', email: 'nieuw@wilgen-thuis.example', sharesContact: false },
      ],
    });
    const after = await admin().people.attendance.choices({ sessionId: APRIL_SESSION_ID });
    expect(after.people.map((p) => p.id)).not.toContain(noor.id);
    const created = await findPersonByEmail(handle.db, 'nieuw@wilgen-thuis.example');
    expect(created?.organisationId).toBe(
      after.organisations.find((o) => o.name.startsWith('Zorgcentrum De Wilgen'))?.id,
    );
  });

  it('refuses an unknown session', async () => {
    await expect(
      admin().people.attendance.choices({ sessionId: '00000000-0000-4000-8000-000000000999' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
