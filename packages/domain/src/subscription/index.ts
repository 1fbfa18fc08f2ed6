export * from './subscription.schema.js';
export * from './subscription.labels.js';
