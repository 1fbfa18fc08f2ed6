import type { Columns } from './columns.js';
import type { Generated, Insertable, Selectable } from 'kysely';

/** `email_outbox`: mail to send, written in the same transaction as the change that causes it. */
export interface EmailOutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** CHECK: 'queued' | 'sending' | 'sent' | 'failed'. */
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Generated<string>;
  /** When a sender claimed the row; a stale claim may be taken over. */
  claimed_at: string | null;
  last_error: string | null;
  /** Unique: enqueueing the same mail twice is a no-op. */
  idempotency_key: string;
  created_at: Generated<string>;
  sent_at: string | null;
  /** The link of the one-click List-Unsubscribe header; null for mail about no subscription. */
  unsubscribe_url: Generated<string | null>;
}

/** `subscription`: someone wants mail about a series, movement, theme, the week or the newsletter. */
export interface SubscriptionTable {
  id: Generated<string>;
  email: string;
  /** CHECK: 'series' | 'movement' | 'theme' | 'week' | 'newsletter'. */
  target_kind: string;
  target_id: string | null;
  /** SHA-256 of the confirmation token; null once confirmed. */
  confirm_token_hash: string | null;
  confirmed_at: string | null;
  /** SHA-256 of the unsubscribe token carried in every mail. */
  unsubscribe_token_hash: string;
  created_at: Generated<string>;
}

/** A selected outbox row. */
export type EmailOutboxRow = Selectable<EmailOutboxTable>;
/** An outbox row to insert. */
export type NewEmailOutboxRow = Insertable<EmailOutboxTable>;
/** A selected subscription row. */
export type SubscriptionRow = Selectable<SubscriptionTable>;
/** A subscription row to insert. */
export type NewSubscriptionRow = Insertable<SubscriptionTable>;

/** The columns of `EmailOutboxTable`, for the schema check. */
export const emailOutboxColumns = {
  id: 'uuid',
  recipient: 'text',
  subject: 'text',
  text_body: 'text',
  html_body: 'text?',
  status: 'text',
  attempts: 'int4',
  next_attempt_at: 'timestamptz',
  claimed_at: 'timestamptz?',
  last_error: 'text?',
  idempotency_key: 'text',
  created_at: 'timestamptz',
  sent_at: 'timestamptz?',
  unsubscribe_url: 'text?',
} satisfies Columns<EmailOutboxTable>;
/** The columns of `SubscriptionTable`, for the schema check. */
export const subscriptionColumns = {
  id: 'uuid',
  email: 'text',
  target_kind: 'text',
  target_id: 'uuid?',
  confirm_token_hash: 'text?',
  confirmed_at: 'timestamptz?',
  unsubscribe_token_hash: 'text',
  created_at: 'timestamptz',
} satisfies Columns<SubscriptionTable>;
