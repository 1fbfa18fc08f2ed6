import { randomUUID } from 'node:crypto';
import type {
  ActionTeam,
  Dilemma,
  Movement,
  Person,
  Report,
  Series,
  Session,
  Theme,
} from '@jamsessie/domain';

// Builders of valid domain values for the integration tests. Names are invented.

let counter = 0;
/** A unique slug with a readable prefix. */
export function uniqueSlug(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${randomUUID().slice(0, 8)}`;
}

/** A movement with a unique slug. */
export function aMovement(overrides: Partial<Movement> = {}): Movement {
  return {
    id: randomUUID(),
    slug: uniqueSlug('beweging'),
    name: 'Radicale vernieuwing test',
    shortName: 'RV test',
    description: '',
    version: 1,
    ...overrides,
  };
}

/** An action team of the movement. */
export function anActionTeam(movementId: string, overrides: Partial<ActionTeam> = {}): ActionTeam {
  return {
    id: randomUUID(),
    slug: uniqueSlug('team'),
    name: 'Actieteam test',
    shortName: 'AT',
    movementId,
    version: 1,
    ...overrides,
  };
}

/** A theme with a unique slug. */
export function aTheme(overrides: Partial<Theme> = {}): Theme {
  return { id: randomUUID(), slug: uniqueSlug('thema'), label: 'Thema', version: 1, ...overrides };
}

/** A monthly series (first Monday, 13:00, one hour) owned by the action team. */
export function aSeries(actionTeamId: string, overrides: Partial<Series> = {}): Series {
  return {
    id: randomUUID(),
    slug: uniqueSlug('reeks'),
    title: 'Jamsessies test',
    description: 'Maandelijkse online jamsessies.',
    actionTeamId,
    recurrence: {
      kind: 'monthly_nth_weekday',
      weekday: 1,
      nth: 1,
      startTime: '13:00',
      durationMinutes: 60,
    },
    themeRotation: [],
    exceptions: [],
    meetingLink: 'https://meet.example.org/j/123456',
    eligibility: { participatingOrganisations: true, locMembers: true, extraEmailDomains: [] },
    documents: [{ kind: 'schedule', title: 'Schema 2025' }],
    firstDate: '2025-03-03',
    lastDate: '2025-12-01',
    version: 1,
    ...overrides,
  };
}

/** A one-hour online jam session starting at `startsAt`. */
export function aSession(startsAt: string, overrides: Partial<Session> = {}): Session {
  const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  return {
    id: randomUUID(),
    slug: uniqueSlug('jamsessie'),
    kind: 'jam_session',
    seriesId: null,
    programmeItemId: null,
    title: 'Jamsessie',
    description: 'Sparren over open deuren.',
    themeIds: [],
    movementIds: [],
    startsAt,
    endsAt,
    online: true,
    location: null,
    status: 'planned',
    cancellationReason: null,
    meetingLink: null,
    sequence: 0,
    version: 1,
    ...overrides,
  };
}

/** A participant without e-mail. */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: randomUUID(),
    displayName: 'Deelnemer Fenna',
    email: null,
    organisationId: null,
    isLocMember: false,
    version: 1,
    ...overrides,
  };
}

/** An inventoried, private dilemma of the session. */
export function aDilemma(sessionId: string, overrides: Partial<Dilemma> = {}): Dilemma {
  return {
    id: randomUUID(),
    sessionId,
    ownerId: null,
    ownerName: null,
    kop: null,
    text: 'Hoe halen we bewoners op die buiten het hek wandelen?',
    followUpQuestions: [],
    status: 'inventoried',
    consent: 'private',
    position: null,
    submittedAt: '2025-03-03T12:05:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A draft report about the session, without sections. */
export function aReport(sessionId: string, overrides: Partial<Report> = {}): Report {
  return {
    id: randomUUID(),
    sessionId,
    slug: uniqueSlug('verslag'),
    title: 'Verslag jamsessie',
    intro: 'Een impressie van de sessie.',
    sections: [],
    tips: [],
    reactions: [],
    themeIds: [],
    keywordIds: [],
    attachments: [],
    status: 'draft',
    publishedAt: null,
    version: 1,
    ...overrides,
  };
}
