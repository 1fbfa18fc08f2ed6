import { z } from 'zod';
import { ConsentLevel } from '../people/consent.schema.js';
import { Id, Instant, requiredText } from '../shared/index.js';
import { DilemmaRef, NoteDraft, NoteKind, ProtocolStep } from './protocol-state.schema.js';

const at = { at: Instant };

/**
 * Everything a facilitator can do during a session, as data. The browser sends these; the API
 * validates them with this schema (and stamps `at` with its own clock) before the reducer
 * applies them. Inventory events carry no time: only the running clock needs one.
 *
 * @example ProtocolEvent.parse({ type: 'extend', minutes: 2, at: '2025-03-03T12:20:00.000Z' })
 */
export const ProtocolEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addDilemma'), dilemma: DilemmaRef }),
  z.object({ type: z.literal('removeDilemma'), dilemmaId: Id }),
  z.object({
    type: z.literal('choose'),
    dilemmaIds: z
      .array(Id)
      .min(1, { error: 'Kies minstens één vraag.' })
      .max(20, { error: 'Kies hoogstens 20 vragen.' }),
  }),
  z.object({ type: z.literal('start'), ...at }),
  z.object({ type: z.literal('next'), ...at }),
  z.object({
    type: z.literal('extend'),
    minutes: z
      .number()
      .int({ error: 'Verleng met hele minuten.' })
      .min(1, { error: 'Verleng met minstens 1 minuut.' })
      .max(30, { error: 'Verleng met hoogstens 30 minuten tegelijk.' }),
    ...at,
  }),
  z.object({ type: z.literal('skip'), ...at }),
  /** The elastic hour's proposal: leave the last dilemma not begun for a next time. */
  z.object({ type: z.literal('dropLastDilemma'), ...at }),
  /** The elastic hour's other proposal: run over the hour by these minutes. */
  z.object({
    type: z.literal('acceptOverrun'),
    minutes: z
      .number()
      .int({ error: 'Loop uit met hele minuten.' })
      .min(1, { error: 'Loop minstens 1 minuut uit.' })
      .max(60, { error: 'Loop hoogstens 60 minuten uit.' }),
    ...at,
  }),
  z.object({ type: z.literal('pause'), ...at }),
  z.object({ type: z.literal('resume'), ...at }),
  z.object({
    type: z.literal('addNote'),
    id: Id,
    dilemmaId: Id,
    step: ProtocolStep,
    kind: NoteKind,
    text: requiredText(1000),
  }),
  /** The text typed so far for the current step (empty clears it); saved while typing. */
  z.object({ type: z.literal('saveNoteDraft'), ...NoteDraft.shape }),
  z.object({
    type: z.literal('addReaction'),
    id: Id,
    text: requiredText(1000),
    consent: ConsentLevel,
  }),
  z.object({ type: z.literal('finish'), ...at }),
]);
/** Something a facilitator does during a session. */
export type ProtocolEvent = z.infer<typeof ProtocolEvent>;

/**
 * The event type names (for logs and for the `lastRejection.eventType`).
 *
 * @example ProtocolEventType.parse('skip')
 */
export const ProtocolEventType = z.enum([
  'addDilemma',
  'removeDilemma',
  'choose',
  'start',
  'next',
  'extend',
  'skip',
  'dropLastDilemma',
  'acceptOverrun',
  'pause',
  'resume',
  'addNote',
  'saveNoteDraft',
  'addReaction',
  'finish',
]);
/** An event type name. */
export type ProtocolEventType = z.infer<typeof ProtocolEventType>;
