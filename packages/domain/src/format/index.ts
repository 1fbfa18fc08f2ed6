export * from './dutch.format.js';
export * from './recurrence.format.js';
export * from './dutch-plural.js';
