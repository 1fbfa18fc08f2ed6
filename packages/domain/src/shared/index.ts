export * from './result.js';
export * from './error-codes.js';
export * from './constants.js';
export * from './primitives.schema.js';
export * from './dutch-messages.js';
export * from './amsterdam.time.js';
export * from './slugify.js';
export * from './redact.js';
export * from './agenda-pages.js';
export * from './embed-code.js';
export * from './coordinator-pages.js';
export * from './meeting-link-filter.js';
export {
  meetingLinkParts,
  type MeetingLinkPart,
  type MeetingLinkPartKind,
} from './meeting-link-parts.js';
