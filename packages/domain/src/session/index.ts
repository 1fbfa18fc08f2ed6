export * from './session.schema.js';
export * from './session.labels.js';
export * from './session.rules.js';
export * from './session-state.rules.js';
export * from './session-moments.rules.js';
