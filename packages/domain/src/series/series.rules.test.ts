import { describe, expect, it } from 'vitest';
import type { Organisation, Participation } from '../organisation/index.js';
import { Series } from './series.schema.js';
import {
  checkSeries,
  isEligibleForLink,
  meetingLinkForEligible,
  seriesLinkForPublic,
  toPublicSeries,
  type EligibilityContext,
} from './series.rules.js';

const LINK = 'https://zoom.example.nl/j/123456789?pwd=geheim';
const ORG = '00000000-0000-4000-8000-000000000011';
const OLD_ORG = '00000000-0000-4000-8000-000000000012';
const MOVEMENT = '00000000-0000-4000-8000-000000000021';

const series: Series = Series.parse({
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'jamsessies-vvlg-2025',
  title: 'Jamsessies VVLG',
  description: `Doe mee via ${LINK} of vraag de link aan.`,
  actionTeamId: '00000000-0000-4000-8000-000000000002',
  recurrence: {
    kind: 'monthly_nth_weekday',
    weekday: 1,
    nth: 1,
    startTime: '13:00',
    durationMinutes: 60,
  },
  themeRotation: [],
  exceptions: [],
  meetingLink: LINK,
  eligibility: {
    participatingOrganisations: true,
    locMembers: true,
    extraEmailDomains: ['loc.nl'],
  },
  documents: [],
  firstDate: '2025-03-01',
  lastDate: '2025-12-31',
  version: 1,
});

const organisations: Organisation[] = [
  {
    id: ORG,
    slug: 'zorggroep-de-linde',
    name: 'Zorggroep De Linde',
    kind: 'care_organisation',
    emailDomains: ['delinde.nl'],
    version: 1,
  },
  {
    id: OLD_ORG,
    slug: 'oud-huis',
    name: 'Oud Huis',
    kind: 'care_organisation',
    emailDomains: ['oudhuis.nl'],
    version: 1,
  },
];
const participations: Participation[] = [
  {
    id: '00000000-0000-4000-8000-000000000031',
    organisationId: ORG,
    movementId: MOVEMENT,
    from: '2016-01-01',
    until: null,
    version: 1,
  },
  {
    id: '00000000-0000-4000-8000-000000000032',
    organisationId: OLD_ORG,
    movementId: MOVEMENT,
    from: '2016-01-01',
    until: '2024-12-31',
    version: 1,
  },
];
const ctx: EligibilityContext = {
  organisations,
  participations,
  locMemberEmails: ['Lid.Voorbeeld@Gmail.com'],
  onDate: '2025-03-01',
};

describe('isEligibleForLink', () => {
  it('accepts staff of a participating organisation, also on a subdomain and in any case', () => {
    expect(isEligibleForLink('verpleegkundige@delinde.nl', series, ctx)).toBe(true);
    expect(isEligibleForLink(' Iemand@Locatie.DeLinde.nl ', series, ctx)).toBe(true);
  });
  it('refuses an organisation whose participation ended, and look-alike domains', () => {
    expect(isEligibleForLink('iemand@oudhuis.nl', series, ctx)).toBe(false);
    expect(isEligibleForLink('iemand@nietdelinde.nl', series, ctx)).toBe(false);
    expect(isEligibleForLink('geen-adres', series, ctx)).toBe(false);
  });
  it('accepts LOC members and extra domains only when the series allows', () => {
    expect(isEligibleForLink('lid.voorbeeld@gmail.com', series, ctx)).toBe(true);
    expect(isEligibleForLink('secretariaat@loc.nl', series, ctx)).toBe(true);
    const closed = {
      eligibility: { participatingOrganisations: false, locMembers: false, extraEmailDomains: [] },
    };
    expect(isEligibleForLink('lid.voorbeeld@gmail.com', closed, ctx)).toBe(false);
    expect(isEligibleForLink('verpleegkundige@delinde.nl', closed, ctx)).toBe(false);
  });
  it('narrows to one movement when asked', () => {
    const other = '00000000-0000-4000-8000-000000000099';
    expect(isEligibleForLink('a@delinde.nl', series, { ...ctx, movementId: other })).toBe(false);
  });
});

describe('link guards', () => {
  it('hands the link out only to eligible addresses', () => {
    expect(meetingLinkForEligible('a@delinde.nl', series, ctx)).toEqual({ ok: true, value: LINK });
    const refused = meetingLinkForEligible('a@elders.nl', series, ctx);
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).not.toContain(LINK);
    expect(
      meetingLinkForEligible('a@delinde.nl', { ...series, meetingLink: null }, ctx),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERIES.NO_LINK' },
    });
  });
  it('always refuses the public path', () => {
    const r = seriesLinkForPublic(series);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('SERIES.LINK_NOT_PUBLIC');
    expect(JSON.stringify(r)).not.toContain(LINK);
  });
  it('builds a public series without the link anywhere', () => {
    const pub = toPublicSeries(series);
    expect(pub).not.toHaveProperty('meetingLink');
    expect(pub.linkOnRequest).toBe(true);
    expect(JSON.stringify(pub)).not.toContain('zoom.example.nl/j/123456789');
    expect(pub.description).toBe('Doe mee via [link op aanvraag] of vraag de link aan.');
  });
});

describe('checkSeries', () => {
  it('accepts a consistent series', () => {
    expect(checkSeries(series).ok).toBe(true);
  });
  it('reports each problem with its path', () => {
    const r = checkSeries({
      ...series,
      lastDate: '2025-02-01',
      exceptions: [
        { date: '2025-03-04', kind: 'skip' },
        { date: '2025-03-03', kind: 'move', to: '2025-04-07' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details?.problems).toEqual([
      { path: 'lastDate', message: 'De laatste datum ligt vóór de eerste datum.' },
      { path: 'exceptions.0.date', message: 'Op deze datum staat geen sessie van de reeks.' },
      { path: 'exceptions.1.date', message: 'Op deze datum staat geen sessie van de reeks.' },
    ]);
    // The same, per field, for the form to show at each field (#19 defect 2).
    expect(r.error.details?.fields).toEqual({
      lastDate: 'De laatste datum ligt vóór de eerste datum.',
      'exceptions.0.date': 'Op deze datum staat geen sessie van de reeks.',
      'exceptions.1.date': 'Op deze datum staat geen sessie van de reeks.',
    });
  });
  it('refuses a move onto another session unless that one is skipped', () => {
    const move = { date: '2025-03-03', kind: 'move', to: '2025-04-07' } as const;
    expect(checkSeries({ ...series, exceptions: [move] }).ok).toBe(false);
    expect(
      checkSeries({ ...series, exceptions: [move, { date: '2025-04-07', kind: 'skip' }] }).ok,
    ).toBe(true);
  });
});
