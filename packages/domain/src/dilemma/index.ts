export * from './dilemma.schema.js';
export * from './dilemma.labels.js';
export * from './dilemma.rules.js';
export * from './client-name.rules.js';
export * from './client-name-fields.rules.js';
export * from './herkenbaar.schema.js';
export * from './herkenbaar.rules.js';
export * from './follow-up.rules.js';
