export * from './organisation.schema.js';
export * from './organisation.labels.js';
export * from './organisation.rules.js';
