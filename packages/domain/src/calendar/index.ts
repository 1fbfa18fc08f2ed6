export * from './calendar.schema.js';
export * from './calendar.labels.js';
export * from './calendar-uid.rules.js';
export * from './calendar.render.js';
export * from './session-event.rules.js';
export * from './personal-event.rules.js';
