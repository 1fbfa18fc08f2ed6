import { describe, expect, it } from 'vitest';
import { outboxRowView, type OutboxMessage } from './outbox-row';

const base: OutboxMessage = {
  id: '11111111-1111-4111-8111-111111111111',
  recipient: 'fenna@zorg.example',
  subject: 'Contactgegevens na de Jamsessie',
  status: 'queued',
  attempts: 0,
  nextAttemptAt: '2025-03-03T12:00:00.000Z',
  lastError: null,
  retrying: false,
  createdAt: '2025-03-03T12:00:00.000Z',
  sentAt: null,
};

describe('outboxRowView', () => {
  it('shows a fresh message as waiting, without an error or a retry button', () => {
    expect(outboxRowView(base)).toEqual({
      status: 'In de wachtrij',
      when: 'Wacht op verzending.',
      lastError: null,
      canRetry: false,
    });
  });

  it('shows a message after a failed attempt as being retried, with the next attempt and the error', () => {
    const view = outboxRowView({
      ...base,
      status: 'failed',
      retrying: true,
      attempts: 2,
      nextAttemptAt: '2025-03-03T12:04:00.000Z',
      lastError: 'connect ECONNREFUSED 127.0.0.1:2525',
    });
    expect(view.status).toBe('Wordt opnieuw geprobeerd');
    expect(view.when).toBe('Volgende poging: maandag 3 maart 2025, 13.04 uur');
    expect(view.lastError).toBe('connect ECONNREFUSED 127.0.0.1:2525');
    expect(view.canRetry).toBe(true);
  });

  it('shows a message out of attempts as failed for good, with its error and "send again"', () => {
    const view = outboxRowView({ ...base, status: 'failed', attempts: 6, lastError: 'smtp weg' });
    expect(view).toEqual({
      status: 'Mislukt',
      when: 'Geen nieuwe poging meer: verstuur het zelf opnieuw.',
      lastError: 'smtp weg',
      canRetry: true,
    });
  });

  it('shows when a sent message went out, and no old error', () => {
    const view = outboxRowView({
      ...base,
      status: 'sent',
      attempts: 3,
      lastError: 'tijdelijk weg',
      sentAt: '2025-04-07T11:00:00.000Z',
    });
    expect(view).toEqual({
      status: 'Verzonden',
      when: 'Verzonden: maandag 7 april 2025, 13.00 uur',
      lastError: null,
      canRetry: false,
    });
  });
});
