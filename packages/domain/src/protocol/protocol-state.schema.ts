import { z } from 'zod';
import { ConsentLevel } from '../people/consent.schema.js';
import { Id, Instant, optionalText, requiredText } from '../shared/index.js';
import { ProtocolSettings, StepBoxes, TimePlan } from './time-plan.schema.js';

/**
 * The phases of a session run, in the only order they can occur: inventory of questions,
 * running the steps per chosen dilemma, the closing round of reactions, finished.
 *
 * @example ProtocolPhase.parse('running')
 */
export const ProtocolPhase = z.enum(['inventory', 'running', 'closing', 'finished']);
/** A phase of a session run. */
export type ProtocolPhase = z.infer<typeof ProtocolPhase>;

/**
 * A step of the protocol: 1 formulate, 2 discuss without the owner, 3 reflect.
 *
 * @example ProtocolStep.parse(2)
 */
export const ProtocolStep = z.union([z.literal(1), z.literal(2), z.literal(3)]);
/** A step number. */
export type ProtocolStep = z.infer<typeof ProtocolStep>;

/**
 * What a note captured during the run is: the material of the report.
 *
 * @example NoteKind.parse('takeaway')
 */
export const NoteKind = z.enum(['tip', 'idea', 'association', 'question', 'takeaway']);
/** The kind of a note. */
export type NoteKind = z.infer<typeof NoteKind>;

/**
 * A dilemma as the run knows it: enough to show and cue, no text (that stays in `Dilemma`).
 *
 * @example DilemmaRef.parse({ dilemmaId, ownerName: 'Fenna', title: 'Bewoners buiten het hek' })
 */
export const DilemmaRef = z.object({
  dilemmaId: Id,
  ownerName: requiredText(120).nullable(),
  title: requiredText(200),
});
/** A dilemma as the run knows it. */
export type DilemmaRef = z.infer<typeof DilemmaRef>;

/**
 * A note captured by the facilitator for a dilemma and step.
 *
 * @example ProtocolNote.parse({ id, dilemmaId, step: 2, kind: 'tip', text: 'Open, tenzij.' })
 */
export const ProtocolNote = z.object({
  id: Id,
  dilemmaId: Id,
  step: ProtocolStep,
  kind: NoteKind,
  text: requiredText(1000),
});
/** A captured note. */
export type ProtocolNote = z.infer<typeof ProtocolNote>;

/**
 * Note text the facilitator typed but did not add yet, kept per dilemma and step on the
 * server so a reload or another process shows it again. `id` becomes the note's id when the
 * step is left and the text is kept as a note (nothing typed is dropped).
 *
 * @example NoteDraft.parse({ id, dilemmaId, step: 2, kind: 'tip', text: 'Open, ten' })
 */
export const NoteDraft = z.object({
  id: Id,
  dilemmaId: Id,
  step: ProtocolStep,
  kind: NoteKind,
  text: optionalText(1000),
});
/** Unsent note text. */
export type NoteDraft = z.infer<typeof NoteDraft>;

/**
 * A reaction heard in the closing round, with the consent its speaker gave: only `quotable`
 * reactions are taken over by the report draft.
 *
 * @example ClosingReaction.parse({ id, text: 'Heel waardevol!', consent: 'quotable' })
 */
export const ClosingReaction = z.object({
  id: Id,
  text: requiredText(1000),
  consent: ConsentLevel,
});
/** A reaction from the closing round. */
export type ClosingReaction = z.infer<typeof ClosingReaction>;

/**
 * One chosen dilemma in the run: its boxes (copied from the plan at start), the furthest step
 * it reached, and how it ended.
 *
 * @example SlotOutcome.parse('skipped')
 */
export const SlotOutcome = z.enum(['pending', 'active', 'done', 'skipped', 'not_reached']);
/** How a chosen dilemma's turn ended. */
export type SlotOutcome = z.infer<typeof SlotOutcome>;

/**
 * A chosen dilemma's turn in the run.
 *
 * @example ProtocolSlot.parse({ dilemmaId, boxes, reachedStep: 0, outcome: 'pending' })
 */
export const ProtocolSlot = z.object({
  dilemmaId: Id,
  boxes: StepBoxes,
  reachedStep: z.number().int().min(0).max(3),
  outcome: SlotOutcome,
});
/** A chosen dilemma's turn. */
export type ProtocolSlot = z.infer<typeof ProtocolSlot>;

/**
 * The clock of the current box. Elapsed time is `now - startedAt - pausedMs` (frozen at
 * `pausedAt` while paused), so pausing stops the clock and any process can continue it.
 *
 * @example ProtocolTimer.parse({ startedAt, plannedSeconds: 300, extendedSeconds: 0, pausedAt: null, pausedMs: 0 })
 */
export const ProtocolTimer = z.object({
  startedAt: Instant,
  plannedSeconds: z.number().int().min(0),
  extendedSeconds: z.number().int().min(0),
  pausedAt: Instant.nullable(),
  pausedMs: z.number().int().min(0),
});
/** The clock of the current box. */
export type ProtocolTimer = z.infer<typeof ProtocolTimer>;

/**
 * Why the last event was not applied (the reducer keeps the state and says why).
 *
 * @example { code: 'PROTOCOL.NOT_STARTED', message: 'De sessie is nog niet gestart.', eventType: 'next' }
 */
export const ProtocolRejection = z.object({
  code: z.string(),
  message: z.string(),
  eventType: z.string(),
});
/** Why the last event was not applied. */
export type ProtocolRejection = z.infer<typeof ProtocolRejection>;

const Cursor = z.object({ slotIndex: z.number().int().min(0), step: ProtocolStep });

/**
 * The whole state of a session run: plain JSON (no dates, no undefined), so the API can store
 * it in PostgreSQL and any server process can continue it. Consistency rules are part of the
 * schema: a cursor exactly while running, a clock exactly while running or closing.
 *
 * @example ProtocolState.parse(JSON.parse(row.state))
 */
export const ProtocolState = z
  .object({
    sessionId: Id,
    settings: ProtocolSettings,
    phase: ProtocolPhase,
    /** Every inventoried dilemma, in the order it was added. */
    dilemmas: z.array(DilemmaRef),
    /** The chosen dilemma ids in the order they will be discussed. */
    chosen: z.array(Id),
    plan: TimePlan.nullable(),
    /** One per chosen dilemma once the run started. */
    slots: z.array(ProtocolSlot),
    cursor: Cursor.nullable(),
    timer: ProtocolTimer.nullable(),
    notes: z.array(ProtocolNote),
    /** Unsent note text of the current step (runs stored before drafts existed have none). */
    drafts: z.array(NoteDraft).default([]),
    /** Reactions of the closing round. */
    reactions: z.array(ClosingReaction).default([]),
    startedAt: Instant.nullable(),
    /** Minutes the facilitator agreed to run over the hour (runs stored before have none). */
    acceptedOverrunMinutes: z.number().int().min(0).default(0),
    closingStartedAt: Instant.nullable(),
    finishedAt: Instant.nullable(),
    /** Time of the last applied timed event; earlier times of later events are read as this. */
    lastEventAt: Instant.nullable(),
    lastRejection: ProtocolRejection.nullable(),
  })
  .superRefine((s, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    if ((s.phase === 'running') !== (s.cursor !== null)) problem('Cursor alleen tijdens stappen.');
    const timed = s.phase === 'running' || s.phase === 'closing';
    if (timed !== (s.timer !== null)) problem('Klok alleen tijdens stappen en afsluiting.');
    if (s.cursor && s.cursor.slotIndex >= s.slots.length) problem('Cursor buiten de vragen.');
    const cursorSlot = s.cursor ? s.slots[s.cursor.slotIndex] : undefined;
    const offStep = (d: NoteDraft) =>
      !cursorSlot || d.dilemmaId !== cursorSlot.dilemmaId || d.step !== s.cursor?.step;
    if (s.drafts.some(offStep)) problem('Niet-toegevoegde tekst alleen bij de huidige stap.');
    if (s.phase !== 'inventory' && (s.slots.length === 0 || s.startedAt === null))
      problem('Een gestarte sessie heeft gekozen vragen.');
  });
/** The whole state of a session run. */
export type ProtocolState = z.infer<typeof ProtocolState>;
