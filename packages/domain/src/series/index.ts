export * from './series.schema.js';
export * from './planned-date.schema.js';
export * from './series.labels.js';
export * from './date-flags.rules.js';
export * from './series.planning.js';
export * from './series.rules.js';
export * from './link-window.rules.js';
