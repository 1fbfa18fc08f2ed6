export * from './session.schema.js';
export * from './session.rules.js';
