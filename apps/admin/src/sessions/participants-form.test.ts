import { describe, expect, it } from 'vitest';
import {
  checkParticipants,
  emptyParticipantRow,
  participantErrors,
  participantsOf,
  type ParticipantRow,
} from './participants-form';

const sessionId = '11111111-1111-4111-8111-111111111111';
const orgId = '22222222-2222-4222-8222-222222222222';

function row(change: Partial<ParticipantRow>): ParticipantRow {
  return { ...emptyParticipantRow(), ...change };
}

describe('participant rows', () => {
  it('start with the address not shared', () => {
    expect(emptyParticipantRow().sharesContact).toBe(false);
  });

  it('leave out empty rows and remember which form row each participant came from', () => {
    const { participants, rowOf } = participantsOf([
      row({}),
      row({ displayName: ' Fenna ', email: ' Fenna@Zorg.example ', sharesContact: true }),
      row({ displayName: 'Joost', organisationId: orgId }),
    ]);
    expect(participants).toEqual([
      {
        displayName: 'Fenna',
        email: 'Fenna@Zorg.example',
        organisationId: null,
        sharesContact: true,
      },
      { displayName: 'Joost', email: null, organisationId: orgId, sharesContact: false },
    ]);
    expect(rowOf).toEqual([1, 2]);
  });

  it('are checked with the domain schema, messages at the form row', () => {
    const result = checkParticipants(sessionId, [
      row({}),
      row({ displayName: 'Fenna', email: 'geen-adres' }),
      row({ email: 'joost@zorg.example' }),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.rows).toEqual({
      1: { email: 'Vul een geldig e-mailadres in.' },
      2: { displayName: 'Kies een bestaande deelnemer of vul een naam in.' },
    });
    expect(result.errors.rest).toEqual([]);
  });

  it('refuse a form without anyone, in the summary', () => {
    const result = checkParticipants(sessionId, [row({})]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.rows).toEqual({});
    expect(result.errors.rest).toEqual(['Vul minstens één deelnemer in.']);
  });

  it('give the normalised input when all is well', () => {
    const result = checkParticipants(sessionId, [
      row({ displayName: 'Fenna', email: 'Fenna@Zorg.example', sharesContact: true }),
    ]);
    expect(result).toEqual({
      ok: true,
      input: {
        sessionId,
        participants: [
          {
            displayName: 'Fenna',
            email: 'fenna@zorg.example',
            organisationId: null,
            sharesContact: true,
          },
        ],
      },
    });
  });

  it('place the server’s messages at the rows they were sent from', () => {
    expect(
      participantErrors(
        {
          'participants.1.organisationId': 'Deze organisatie bestaat niet (meer).',
          sessionId: 'Ongeldig.',
          'participants.9.email': 'Weg.',
        },
        [0, 3],
      ),
    ).toEqual({
      rows: { 3: { organisationId: 'Deze organisatie bestaat niet (meer).' } },
      rest: ['Ongeldig.', 'Weg.'],
    });
  });
});
