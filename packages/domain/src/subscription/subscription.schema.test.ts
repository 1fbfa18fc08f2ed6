import { describe, expect, it } from 'vitest';
import { RecordParticipantsInput } from '../people/attendance.schema.js';
import {
  AnnouncementInput,
  SubscribeInput,
  SubscriptionTarget,
  SubscriptionTokenInput,
} from './subscription.schema.js';

describe('SubscribeInput', () => {
  it('normalises the address and accepts a theme, a series or the week', () => {
    expect(
      SubscribeInput.parse({ email: ' Iemand@Zorg.Example ', target: { kind: 'week' } }),
    ).toEqual({ email: 'iemand@zorg.example', target: { kind: 'week' } });
    expect(SubscriptionTarget.safeParse({ kind: 'theme', slug: 'open-deuren' }).success).toBe(true);
  });

  it('refuses an unknown kind or a malformed slug with a Dutch message', () => {
    const unknown = SubscriptionTarget.safeParse({ kind: 'nieuwsbrief' });
    expect(unknown.error?.issues[0]?.message).toBe(
      'Kies een thema, een reeks of de inspiratieweek.',
    );
    expect(SubscriptionTarget.safeParse({ kind: 'series', slug: 'Niet Goed' }).success).toBe(false);
  });
});

describe('SubscriptionTokenInput', () => {
  it('trims a token and refuses an empty or oversized one', () => {
    expect(SubscriptionTokenInput.parse({ token: ' abc ' }).token).toBe('abc');
    expect(SubscriptionTokenInput.safeParse({ token: ' ' }).error?.issues[0]?.message).toBe(
      'Deze link is onvolledig.',
    );
    expect(SubscriptionTokenInput.safeParse({ token: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('RecordParticipantsInput', () => {
  const sessionId = '7d5b1c52-3a1f-4d3e-9a54-0c7a9f1b2e10';

  it('needs a person or a name, and each person’s own sharing choice', () => {
    expect(
      RecordParticipantsInput.safeParse({
        sessionId,
        participants: [{ displayName: 'Fenna', email: 'Fenna@Zorg.example', sharesContact: true }],
      }).data?.participants[0]?.email,
    ).toBe('fenna@zorg.example');
    const nameless = RecordParticipantsInput.safeParse({
      sessionId,
      participants: [{ email: 'a@zorg.example', sharesContact: true }],
    });
    expect(nameless.error?.issues[0]?.path).toEqual(['participants', 0, 'displayName']);
    expect(
      RecordParticipantsInput.safeParse({ sessionId, participants: [{ displayName: 'A' }] }).error
        ?.issues[0]?.message,
    ).toBe('Kies of deze deelnemer contactgegevens deelt.');
    expect(RecordParticipantsInput.safeParse({ sessionId, participants: [] }).success).toBe(false);
  });
});

describe('AnnouncementInput', () => {
  it('announces a series or an edition by id', () => {
    expect(AnnouncementInput.safeParse({ kind: 'edition', editionId: 'x' }).success).toBe(false);
    expect(
      AnnouncementInput.safeParse({
        kind: 'series',
        seriesId: '7d5b1c52-3a1f-4d3e-9a54-0c7a9f1b2e10',
      }).success,
    ).toBe(true);
  });
});
